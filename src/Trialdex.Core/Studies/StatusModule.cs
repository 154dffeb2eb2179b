namespace Trialdex.Core.Studies;

/// <summary>Where the study stands (recruitment status) and its key dates.</summary>
public sealed record StatusModule
{
    public PartialDate? StatusVerifiedDate { get; set; }

    public OverallStatus? OverallStatus { get; set; }

    /// <summary>The last status the sponsor reported, kept when the overall status became <see cref="Studies.OverallStatus.Unknown"/>.</summary>
    public OverallStatus? LastKnownStatus { get; set; }

    public bool? DelayedPosting { get; set; }

    public string? WhyStopped { get; set; }

    public ExpandedAccessInfo? ExpandedAccessInfo { get; set; }

    public DateStruct? StartDateStruct { get; set; }

    public DateStruct? PrimaryCompletionDateStruct { get; set; }

    public DateStruct? CompletionDateStruct { get; set; }

    public PartialDate? StudyFirstSubmitDate { get; set; }

    public PartialDate? StudyFirstSubmitQcDate { get; set; }

    public DateStruct? StudyFirstPostDateStruct { get; set; }

    public PartialDate? ResultsFirstSubmitDate { get; set; }

    public PartialDate? ResultsFirstSubmitQcDate { get; set; }

    public DateStruct? ResultsFirstPostDateStruct { get; set; }

    public PartialDate? DispFirstSubmitDate { get; set; }

    public PartialDate? DispFirstSubmitQcDate { get; set; }

    public DateStruct? DispFirstPostDateStruct { get; set; }

    public PartialDate? LastUpdateSubmitDate { get; set; }

    public DateStruct? LastUpdatePostDateStruct { get; set; }
}

/// <summary>A date and whether it is actual or estimated.</summary>
public sealed record DateStruct
{
    public PartialDate? Date { get; set; }

    public DateType? Type { get; set; }
}

/// <summary>Whether the intervention is also available through expanded access, and under which record.</summary>
public sealed record ExpandedAccessInfo
{
    public bool? HasExpandedAccess { get; set; }

    public string? NctId { get; set; }

    public ExpandedAccessStatus? StatusForNctId { get; set; }
}
