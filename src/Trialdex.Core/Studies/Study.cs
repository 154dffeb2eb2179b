using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// One ClinicalTrials.gov study as the API v2 returns it (<c>GET /api/v2/studies/{nctId}</c>), typed for validation and
/// for extracting store columns. Sections the model does not type (results, annotations, documents) and any future
/// field are ignored; the original JSON is kept elsewhere. Read it with <see cref="StudyJson"/>.
/// </summary>
public sealed record Study
{
    public ProtocolSection? ProtocolSection { get; init; }

    public DerivedSection? DerivedSection { get; init; }

    public bool? HasResults { get; init; }

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
    public IdentificationModule? IdentificationModule { get; init; }

    public StatusModule? StatusModule { get; init; }

    public SponsorCollaboratorsModule? SponsorCollaboratorsModule { get; init; }

    public OversightModule? OversightModule { get; init; }

    public DescriptionModule? DescriptionModule { get; init; }

    public ConditionsModule? ConditionsModule { get; init; }

    public DesignModule? DesignModule { get; init; }

    public ArmsInterventionsModule? ArmsInterventionsModule { get; init; }

    public OutcomesModule? OutcomesModule { get; init; }

    public EligibilityModule? EligibilityModule { get; init; }

    public ContactsLocationsModule? ContactsLocationsModule { get; init; }

    public ReferencesModule? ReferencesModule { get; init; }

    public IpdSharingStatementModule? IpdSharingStatementModule { get; init; }
}

/// <summary>What the registry derived from the protocol: MeSH terms for conditions and interventions, version info.</summary>
public sealed record DerivedSection
{
    public MiscInfoModule? MiscInfoModule { get; init; }

    public BrowseModule? ConditionBrowseModule { get; init; }

    public BrowseModule? InterventionBrowseModule { get; init; }
}
