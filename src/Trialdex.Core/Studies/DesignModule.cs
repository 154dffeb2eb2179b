namespace Trialdex.Core.Studies;

/// <summary>How the study is designed: type, phases, allocation, masking, enrollment.</summary>
public sealed record DesignModule
{
    public StudyType? StudyType { get; init; }

    /// <summary>The number of studies that point to this expanded-access record.</summary>
    public int? NPtrsToThisExpAccNctId { get; init; }

    public ExpandedAccessTypes? ExpandedAccessTypes { get; init; }

    /// <summary>Whether an observational study is a patient registry.</summary>
    public bool? PatientRegistry { get; init; }

    /// <summary>How long a patient registry follows each participant.</summary>
    public NormalizedTime? TargetDuration { get; init; }

    public IReadOnlyList<Phase>? Phases { get; init; }

    public DesignInfo? DesignInfo { get; init; }

    public BioSpec? BioSpec { get; init; }

    public EnrollmentInfo? EnrollmentInfo { get; init; }
}

/// <summary>Which kinds of expanded access an expanded-access record offers.</summary>
public sealed record ExpandedAccessTypes
{
    public bool? Individual { get; init; }

    public bool? Intermediate { get; init; }

    public bool? Treatment { get; init; }
}

/// <summary>Allocation, models, purpose and masking. Interventional and observational studies fill different fields.</summary>
public sealed record DesignInfo
{
    public DesignAllocation? Allocation { get; init; }

    public InterventionalAssignment? InterventionModel { get; init; }

    public string? InterventionModelDescription { get; init; }

    public PrimaryPurpose? PrimaryPurpose { get; init; }

    public ObservationalModel? ObservationalModel { get; init; }

    public TimePerspective? TimePerspective { get; init; }

    public MaskingInfo? MaskingInfo { get; init; }
}

/// <summary>Who is blinded, and how.</summary>
public sealed record MaskingInfo
{
    public DesignMasking? Masking { get; init; }

    public string? MaskingDescription { get; init; }

    public IReadOnlyList<WhoMasked>? WhoMasked { get; init; }
}

/// <summary>Biospecimens an observational study retains.</summary>
public sealed record BioSpec
{
    public BioSpecRetention? Retention { get; init; }

    public string? Description { get; init; }
}

/// <summary>The number of participants, actual or estimated.</summary>
public sealed record EnrollmentInfo
{
    public int? Count { get; init; }

    public EnrollmentType? Type { get; init; }
}
