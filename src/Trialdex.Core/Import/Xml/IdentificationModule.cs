using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps id_info, titles and source to the v2 <c>identificationModule</c>.</summary>
internal static class IdentificationModule
{
    public static JsonObject Map(XElement study, string nctId)
    {
        var ids = study.Element("id_info")!;
        var module = new JsonObject { ["nctId"] = nctId };
        module.Put("nctIdAliases", JsonFields.Strings(ids.Texts("nct_alias")));
        module.Put("orgStudyIdInfo", JsonFields.Single("id", ids.Text("org_study_id")));
        module.Put("secondaryIdInfos", JsonFields.Objects(ids.Elements("secondary_id"), id => JsonFields.Single("id", XmlFields.Value(id)) ?? new JsonObject()));
        module.Put("organization", Organization(study));
        return module.Texts(study, ("briefTitle", "brief_title"), ("officialTitle", "official_title"), ("acronym", "acronym"));
    }

    /// <summary>
    /// The organization is the record's source; its class is that of the sponsor or collaborator of the same
    /// name, and UNKNOWN when the source is neither (the XML carries no class for it).
    /// </summary>
    private static JsonObject? Organization(XElement study)
    {
        var sponsors = study.Element("sponsors");
        var lead = sponsors?.Element("lead_sponsor");
        var name = study.Text("source") ?? lead?.Text("agency");
        if (name is null)
        {
            return null;
        }

        var same = sponsors?.Elements().FirstOrDefault(s => string.Equals(s.Text("agency"), name, StringComparison.Ordinal));
        var organization = new JsonObject { ["fullName"] = name };
        organization.Put("class", (same is null ? null : SponsorCollaboratorsModule.ClassOf(same)) ?? "UNKNOWN");
        return organization;
    }
}
