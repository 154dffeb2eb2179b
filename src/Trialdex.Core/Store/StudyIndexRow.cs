using Trialdex.Core.Studies;

namespace Trialdex.Core.Store;

/// <summary>
/// What every store indexes of a study, derived from its typed record: the columns filters need, the child rows
/// (conditions, interventions, sites, identifiers, MeSH terms) and the full-text fields. Storage-independent, so
/// SQLite and PostgreSQL index exactly the same things.
/// </summary>
public sealed record StudyIndexRow
{
    public required string NctId { get; init; }
    public string? BriefTitle { get; init; }
    public string? OfficialTitle { get; init; }
    public string? Acronym { get; init; }
    public string? OverallStatus { get; init; }
    public IReadOnlyList<string> Phases { get; init; } = [];
    public string? StudyType { get; init; }
    public string? Sex { get; init; }
    public double? MinimumAgeDays { get; init; }
    public double? MaximumAgeDays { get; init; }
    public bool? HealthyVolunteers { get; init; }
    public string? LeadSponsor { get; init; }
    public string? LeadSponsorClass { get; init; }
    public IReadOnlyList<string> CollaboratorClasses { get; init; } = [];
    public IReadOnlyList<string> StdAges { get; init; } = [];
    public DateOnly? StartDate { get; init; }
    public DateOnly? PrimaryCompletionDate { get; init; }
    public DateOnly? CompletionDate { get; init; }
    public DateOnly? FirstPostedDate { get; init; }
    public DateOnly? LastUpdatePostedDate { get; init; }
    public int? Enrollment { get; init; }
    public string? EnrollmentType { get; init; }
    public bool HasResults { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<IndexedIntervention> Interventions { get; init; } = [];
    public IReadOnlyList<IndexedArmGroup> ArmGroups { get; init; } = [];
    public IReadOnlyList<IndexedLocation> Locations { get; init; } = [];
    public IReadOnlyList<IndexedIdentifier> SecondaryIds { get; init; } = [];
    public IReadOnlyList<IndexedMeshTerm> MeshTerms { get; init; } = [];
    public required StudyText Text { get; init; }

    /// <summary>Derives the row from a typed study whose NCT id is known to be present.</summary>
    public static StudyIndexRow From(Study study) => StudyIndexer.Index(study);
}

public sealed record IndexedIntervention(string? Type, string Name, string? Description, IReadOnlyList<string> OtherNames);

public sealed record IndexedArmGroup(string Label, string? Type, string? Description);

/// <summary>A trial site; <paramref name="Approximate"/> when its point was geocoded from its city (the record had none).</summary>
public sealed record IndexedLocation(
    string? Facility, string? City, string? State, string? Zip, string? Country, string? Status, double? Latitude, double? Longitude, bool Approximate = false);

public sealed record IndexedIdentifier(string Id, string? Type, string? Domain);

/// <summary>A MeSH term the registry derived for a condition or an intervention, or one of its ancestors.</summary>
public sealed record IndexedMeshTerm(MeshTermKind Kind, string? MeshId, string Term, bool IsAncestor);

public enum MeshTermKind { Condition, Intervention }
