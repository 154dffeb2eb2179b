namespace Trialdex.Core.Studies;

/// <summary>Who sponsors the study, who collaborates and who is responsible for it.</summary>
public sealed record SponsorCollaboratorsModule
{
    public ResponsibleParty? ResponsibleParty { get; set; }

    public Sponsor? LeadSponsor { get; set; }

    public IReadOnlyList<Sponsor>? Collaborators { get; set; }
}

/// <summary>The sponsor or investigator responsible for the record.</summary>
public sealed record ResponsibleParty
{
    public ResponsiblePartyType? Type { get; set; }

    public string? InvestigatorFullName { get; set; }

    public string? InvestigatorTitle { get; set; }

    public string? InvestigatorAffiliation { get; set; }

    public string? OldNameTitle { get; set; }

    public string? OldOrganization { get; set; }
}

/// <summary>A lead sponsor or collaborator.</summary>
public sealed record Sponsor
{
    public string? Name { get; set; }

    public AgencyClass? Class { get; set; }
}
