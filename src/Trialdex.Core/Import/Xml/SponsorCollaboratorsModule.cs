using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps sponsors and responsible_party to the v2 <c>sponsorCollaboratorsModule</c>.</summary>
internal static class SponsorCollaboratorsModule
{
    public static JsonObject Map(XElement study)
    {
        var module = new JsonObject();
        module.Put("responsibleParty", ResponsibleParty(study.Element("responsible_party")));
        if (study.Element("sponsors") is { } sponsors)
        {
            module.Put("leadSponsor", sponsors.Element("lead_sponsor") is { } lead ? Sponsor(lead) : null);
            module.Put("collaborators", JsonFields.Objects(sponsors.Elements("collaborator"), Sponsor));
        }

        return module;
    }

    /// <summary>The v2 agency class of a lead_sponsor or collaborator; null when the XML gives none.</summary>
    public static string? ClassOf(XElement sponsor) => LegacyEnums.AgencyClass.Map(sponsor.Element("agency_class"));

    private static JsonObject Sponsor(XElement sponsor)
    {
        var result = new JsonObject();
        result.Put("name", sponsor.Text("agency"));
        result.Put("class", ClassOf(sponsor));
        return result;
    }

    private static JsonObject? ResponsibleParty(XElement? party)
    {
        if (party is null)
        {
            return null;
        }

        var result = new JsonObject();
        result.Put("type", LegacyEnums.ResponsiblePartyType.Map(party.Element("responsible_party_type")));
        return result.Texts(
            party,
            ("investigatorFullName", "investigator_full_name"),
            ("investigatorTitle", "investigator_title"),
            ("investigatorAffiliation", "investigator_affiliation"),
            ("oldNameTitle", "name_title"),
            ("oldOrganization", "organization"));
    }
}
