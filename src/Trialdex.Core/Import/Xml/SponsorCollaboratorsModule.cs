
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps sponsors and responsible_party to the v2 <c>sponsorCollaboratorsModule</c>.</summary>
internal static class SponsorCollaboratorsModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        ResponsibleParty(json, study.Element("responsible_party"));
        if (study.Element("sponsors") is { } sponsors)
        {
            if (sponsors.Element("lead_sponsor") is { } lead)
            {
                json.Object("leadSponsor");
                Sponsor(json, lead);
                json.End();
            }

            json.Objects("collaborators", sponsors.Elements("collaborator"), Sponsor);
        }
    }

    /// <summary>The v2 agency class of a lead_sponsor or collaborator; null when the XML gives none.</summary>
    public static string? ClassOf(RecordElement sponsor) => LegacyEnums.AgencyClass.Map(sponsor.Element("agency_class"));

    private static void Sponsor(V2JsonWriter json, RecordElement sponsor)
    {
        json.String("name", sponsor.Text("agency"));
        json.String("class", ClassOf(sponsor));
    }

    private static void ResponsibleParty(V2JsonWriter json, RecordElement? party)
    {
        if (party is null)
        {
            return;
        }

        json.Object("responsibleParty");
        json.String("type", LegacyEnums.ResponsiblePartyType.Map(party.Element("responsible_party_type")));
        json.Texts(
            party,
            ("investigatorFullName", "investigator_full_name"),
            ("investigatorTitle", "investigator_title"),
            ("investigatorAffiliation", "investigator_affiliation"),
            ("oldNameTitle", "name_title"),
            ("oldOrganization", "organization"));
        json.End();
    }
}
