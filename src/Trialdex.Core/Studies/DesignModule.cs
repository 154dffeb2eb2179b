namespace Trialdex.Core.Studies;

/// <summary>How the study is designed: type, phases, allocation, masking, enrollment.</summary>
public sealed record DesignModule
{
    public StudyType? StudyType { get; set; }

    /// <summary>The number of studies that point to this expanded-access record.</summary>
    public int? NPtrsToThisExpAccNctId { get; set; }

    public ExpandedAccessTypes? ExpandedAccessTypes { get; set; }

    /// <summary>Whether an observational study is a patient registry.</summary>
    public bool? PatientRegistry { get; set; }

    /// <summary>How long a patient registry follows each participant.</summary>
    public NormalizedTime? TargetDuration { get; set; }

    public IReadOnlyList<Phase>? Phases { get; set; }

    public DesignInfo? DesignInfo { get; set; }

    public BioSpec? BioSpec { get; set; }

    public EnrollmentInfo? EnrollmentInfo { get; set; }
}

/// <summary>Which kinds of expanded access an expanded-access record offers.</summary>
public sealed record ExpandedAccessTypes
{
    public bool? Individual { get; set; }

    public bool? Intermediate { get; set; }

    public bool? Treatment { get; set; }
}

/// <summary>Allocation, models, purpose and masking. Interventional and observational studies fill different fields.</summary>
public sealed record DesignInfo
{
    public DesignAllocation? Allocation { get; set; }

    public InterventionalAssignment? InterventionModel { get; set; }

    public string? InterventionModelDescription { get; set; }

    public PrimaryPurpose? PrimaryPurpose { get; set; }

    public ObservationalModel? ObservationalModel { get; set; }

    public TimePerspective? TimePerspective { get; set; }

    public MaskingInfo? MaskingInfo { get; set; }
}

/// <summary>Who is blinded, and how.</summary>
public sealed record MaskingInfo
{
    public DesignMasking? Masking { get; set; }

    public string? MaskingDescription { get; set; }

    public IReadOnlyList<WhoMasked>? WhoMasked { get; set; }
}

/// <summary>Biospecimens an observational study retains.</summary>
public sealed record BioSpec
{
    public BioSpecRetention? Retention { get; set; }

    public string? Description { get; set; }
}

/// <summary>The number of participants, actual or estimated.</summary>
public sealed record EnrollmentInfo
{
    public int? Count { get; set; }

    public EnrollmentType? Type { get; set; }
}
