namespace Trialdex.Core.Studies;

/// <summary>Who sponsors the study, who collaborates and who is responsible for it.</summary>
public sealed record SponsorCollaboratorsModule
{
    public ResponsibleParty? ResponsibleParty { get; init; }

    public Sponsor? LeadSponsor { get; init; }

    public IReadOnlyList<Sponsor>? Collaborators { get; init; }
}

/// <summary>The sponsor or investigator responsible for the record.</summary>
public sealed record ResponsibleParty
{
    public ResponsiblePartyType? Type { get; init; }

    public string? InvestigatorFullName { get; init; }

    public string? InvestigatorTitle { get; init; }

    public string? InvestigatorAffiliation { get; init; }

    public string? OldNameTitle { get; init; }

    public string? OldOrganization { get; init; }
}

/// <summary>A lead sponsor or collaborator.</summary>
public sealed record Sponsor
{
    public string? Name { get; init; }

    public AgencyClass? Class { get; init; }
}
