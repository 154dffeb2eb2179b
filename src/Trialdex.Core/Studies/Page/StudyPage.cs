namespace Trialdex.Core.Studies.Page;

/// <summary>
/// A study in plain language, section by section as a trial page shows it ("30 estimated patients",
/// "20 to 60 years old", "Drug: UC-MSC infusion"), as data for every renderer: the CLI <c>show</c> command
/// and the web trial page. A section the record does not fill is null or empty; nothing is guessed.
/// </summary>
public sealed record StudyPage
{
    /// <summary>The NCT number, or the local id of a record that has none.</summary>
    public required string Id { get; init; }

    /// <summary>The brief title, else the official title, else the id, so there is always a heading.</summary>
    public required string Title { get; init; }

    /// <summary>The official title when the record has one that differs from <see cref="Title"/>.</summary>
    public string? OfficialTitle { get; init; }

    /// <summary>The lead sponsor's name.</summary>
    public string? Sponsor { get; init; }

    public StudyStatusText? Status { get; init; }

    /// <summary>"Phase 1", "Phase 2", in the record's order.</summary>
    public IReadOnlyList<string> Phases { get; init; } = [];

    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>Each intervention as "Type: Name" ("Drug: UC-MSC infusion").</summary>
    public IReadOnlyList<string> Treatments { get; init; } = [];

    /// <summary>"Interventional", "Observational", "Expanded Access".</summary>
    public string? StudyType { get; init; }

    /// <summary>The kinds of organization that fund the study (lead sponsor, then collaborators), each once: "Industry", "Other".</summary>
    public IReadOnlyList<string> FunderTypes { get; init; } = [];

    public IReadOnlyList<StudyIdentifier> Identifiers { get; init; } = [];

    /// <summary>The brief summary.</summary>
    public string? About { get; init; }

    /// <summary>The detailed description.</summary>
    public string? FullDescription { get; init; }

    /// <summary>"30 estimated patients"; "80 patients" when the record does not say whether the count is actual or estimated.</summary>
    public string? Enrollment { get; init; }

    /// <summary>"All", "Female", "Male".</summary>
    public string? Sex { get; init; }

    /// <summary>"20 to 60 years old", "18+ years old", "Up to 65 years old", "All ages"; null when the record gives no ages at all.</summary>
    public string? Ages { get; init; }

    /// <summary>"Accepts Healthy Volunteers" or "No Healthy Volunteers".</summary>
    public string? Volunteers { get; init; }

    /// <summary>The criteria, split into inclusion and exclusion trees; null when the record has no criteria text.</summary>
    public EligibilitySection? Eligibility { get; init; }

    public TrialDesign? Design { get; init; }

    /// <summary>"320 participants in 2 patient groups, including a placebo group"; null when the record lists no groups.</summary>
    public string? GroupSummary { get; init; }

    public IReadOnlyList<PatientGroup> Groups { get; init; } = [];

    public IReadOnlyList<OutcomeMeasure> Outcomes { get; init; } = [];

    public IReadOnlyList<PageContact> CentralContacts { get; init; } = [];

    public IReadOnlyList<SiteLocation> Locations { get; init; } = [];

    /// <summary>The MeSH terms the registry derived: condition terms and their ancestors, then intervention terms and theirs, each once.</summary>
    public IReadOnlyList<string> RelatedTerms { get; init; } = [];

    public RecordDates Dates { get; init; } = new();

    /// <summary>The record on ClinicalTrials.gov; null for a local id.</summary>
    public Uri? Source { get; init; }

    /// <summary>Builds the page of one study.</summary>
    public static StudyPage From(Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return StudyPageBuilder.Build(study);
    }
}
