using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// One ClinicalTrials.gov study as the API v2 returns it (<c>GET /api/v2/studies/{nctId}</c>), typed for validation and
/// for extracting store columns. Sections the model does not type (results, annotations, documents) and any future
/// field are ignored; the original JSON is kept elsewhere. Read it with <see cref="StudyJson"/>.
/// The model's properties have setters, not <c>init</c>: the JSON source generator fills init-only properties
/// through its constructor-argument path, which read the legacy sample's studies in about twice the time (an import
/// parses every study once). Treat a parsed study as read-only; use <c>with</c> to derive another.
/// </summary>
public sealed record Study
{
    public ProtocolSection? ProtocolSection { get; set; }

    public DerivedSection? DerivedSection { get; set; }

    public bool? HasResults { get; set; }

    /// <summary>The NCT number ("NCT01234567"), or null when the record lacks it.</summary>
    [JsonIgnore]
    public string? NctId => ProtocolSection?.IdentificationModule?.NctId;

    /// <summary>When the registry last posted an update of the record.</summary>
    [JsonIgnore]
    public PartialDate? LastUpdatePostDate => ProtocolSection?.StatusModule?.LastUpdatePostDateStruct?.Date;
}

/// <summary>What the sponsor registered: the protocol, as a set of modules.</summary>
public sealed record ProtocolSection
{
    public IdentificationModule? IdentificationModule { get; set; }

    public StatusModule? StatusModule { get; set; }

    public SponsorCollaboratorsModule? SponsorCollaboratorsModule { get; set; }

    public OversightModule? OversightModule { get; set; }

    public DescriptionModule? DescriptionModule { get; set; }

    public ConditionsModule? ConditionsModule { get; set; }

    public DesignModule? DesignModule { get; set; }

    public ArmsInterventionsModule? ArmsInterventionsModule { get; set; }

    public OutcomesModule? OutcomesModule { get; set; }

    public EligibilityModule? EligibilityModule { get; set; }

    public ContactsLocationsModule? ContactsLocationsModule { get; set; }

    public ReferencesModule? ReferencesModule { get; set; }

    public IpdSharingStatementModule? IpdSharingStatementModule { get; set; }
}

/// <summary>What the registry derived from the protocol: MeSH terms for conditions and interventions, version info.</summary>
public sealed record DerivedSection
{
    public MiscInfoModule? MiscInfoModule { get; set; }

    public BrowseModule? ConditionBrowseModule { get; set; }

    public BrowseModule? InterventionBrowseModule { get; set; }
}
