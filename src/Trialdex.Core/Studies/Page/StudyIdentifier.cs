namespace Trialdex.Core.Studies.Page;

/// <summary>One identifier of the study, what kind it is, and where to look it up when that is known.</summary>
/// <param name="Id">The identifier as the record gives it.</param>
/// <param name="Kind">"NCT number" ("Local ID" for a record without one), "Org study ID", or a secondary id's type ("EudraCT Number", "Registry Identifier (ChiCTR)").</param>
/// <param name="Link">The record's own link, else the registry page the id's form points to (ClinicalTrials.gov, ChiCTR, EU CTR, CTIS, ISRCTN).</param>
public sealed record StudyIdentifier(string Id, string Kind, Uri? Link)
{
    internal static List<StudyIdentifier> AllOf(IdentificationModule? identification)
    {
        var ids = new List<StudyIdentifier>();
        if (identification?.NctId is { } nctId)
        {
            var link = RegistryLinks.ClinicalTrialsGov(nctId);
            ids.Add(new(nctId, link is null ? "Local ID" : "NCT number", link));
        }

        if (identification?.OrgStudyIdInfo is { Id: { } orgId } org)
        {
            var kind = org.Type is { } type ? EnumText.Display(type) : "Org study ID";
            ids.Add(new(orgId, kind, RegistryLinks.Of(orgId, org.Link)));
        }

        foreach (var secondary in identification?.SecondaryIdInfos ?? [])
        {
            if (secondary.Id is { } id)
            {
                ids.Add(new(id, SecondaryKind(secondary), RegistryLinks.Of(id, secondary.Link)));
            }
        }

        return ids;
    }

    private static string SecondaryKind(SecondaryIdInfo secondary)
    {
        var kind = secondary.Type is { } type ? EnumText.Display(type) : "Secondary ID";
        return string.IsNullOrWhiteSpace(secondary.Domain) ? kind : $"{kind} ({secondary.Domain})";
    }
}
