namespace Trialdex.Core.Studies;

/// <summary>Where the study stands (recruitment status) and its key dates.</summary>
public sealed record StatusModule
{
    public PartialDate? StatusVerifiedDate { get; init; }

    public OverallStatus? OverallStatus { get; init; }

    /// <summary>The last status the sponsor reported, kept when the overall status became <see cref="Studies.OverallStatus.Unknown"/>.</summary>
    public OverallStatus? LastKnownStatus { get; init; }

    public bool? DelayedPosting { get; init; }

    public string? WhyStopped { get; init; }

    public ExpandedAccessInfo? ExpandedAccessInfo { get; init; }

    public DateStruct? StartDateStruct { get; init; }

    public DateStruct? PrimaryCompletionDateStruct { get; init; }

    public DateStruct? CompletionDateStruct { get; init; }

    public PartialDate? StudyFirstSubmitDate { get; init; }

    public PartialDate? StudyFirstSubmitQcDate { get; init; }

    public DateStruct? StudyFirstPostDateStruct { get; init; }

    public PartialDate? ResultsFirstSubmitDate { get; init; }

    public PartialDate? ResultsFirstSubmitQcDate { get; init; }

    public DateStruct? ResultsFirstPostDateStruct { get; init; }

    public PartialDate? DispFirstSubmitDate { get; init; }

    public PartialDate? DispFirstSubmitQcDate { get; init; }

    public DateStruct? DispFirstPostDateStruct { get; init; }

    public PartialDate? LastUpdateSubmitDate { get; init; }

    public DateStruct? LastUpdatePostDateStruct { get; init; }
}

/// <summary>A date and whether it is actual or estimated.</summary>
public sealed record DateStruct
{
    public PartialDate? Date { get; init; }

    public DateType? Type { get; init; }
}

/// <summary>Whether the intervention is also available through expanded access, and under which record.</summary>
public sealed record ExpandedAccessInfo
{
    public bool? HasExpandedAccess { get; init; }

    public string? NctId { get; init; }

    public ExpandedAccessStatus? StatusForNctId { get; init; }
}
