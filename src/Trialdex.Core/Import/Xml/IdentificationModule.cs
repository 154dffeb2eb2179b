
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps id_info, titles and source to the v2 <c>identificationModule</c>.</summary>
internal static class IdentificationModule
{
    public static void Write(V2JsonWriter json, RecordElement study, string nctId)
    {
        var ids = study.Element("id_info")!;
        json.String("nctId", nctId);
        json.Strings("nctIdAliases", ids.Texts("nct_alias"));
        json.Single("orgStudyIdInfo", "id", ids.Text("org_study_id"));
        json.Objects("secondaryIdInfos", ids.Elements("secondary_id"), static (json, id) => json.String("id", XmlFields.Value(id)));
        Organization(json, study);
        json.Texts(study, ("briefTitle", "brief_title"), ("officialTitle", "official_title"), ("acronym", "acronym"));
    }

    /// <summary>
    /// The organization is the record's source; its class is that of the sponsor or collaborator of the same
    /// name, and UNKNOWN when the source is neither (the XML carries no class for it).
    /// </summary>
    private static void Organization(V2JsonWriter json, RecordElement study)
    {
        var sponsors = study.Element("sponsors");
        var lead = sponsors?.Element("lead_sponsor");
        var name = study.Text("source") ?? lead?.Text("agency");
        if (name is null)
        {
            return;
        }

        var same = sponsors?.Elements().FirstOrDefault(s => string.Equals(s.Text("agency"), name, StringComparison.Ordinal));
        var organizationClass = (same is null ? null : SponsorCollaboratorsModule.ClassOf(same)) ?? "UNKNOWN";
        json.Object("organization");
        json.String("fullName", name);
        json.String("class", organizationClass);
        json.End();
    }
}
