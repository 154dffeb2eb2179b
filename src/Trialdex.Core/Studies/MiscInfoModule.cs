using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Registry bookkeeping: the data version, removed countries, model predictions, results submission tracking.</summary>
public sealed record MiscInfoModule
{
    /// <summary>The date of the registry data version the record comes from.</summary>
    public PartialDate? VersionHolder { get; set; }

    public IReadOnlyList<string>? RemovedCountries { get; set; }

    public ModelPredictions? ModelPredictions { get; set; }

    public SubmissionTracking? SubmissionTracking { get; set; }
}

/// <summary>Values the registry predicted from the record's text.</summary>
public sealed record ModelPredictions
{
    public BmiLimits? BmiLimits { get; set; }
}

/// <summary>The body-mass-index range the eligibility criteria allow, as the registry predicted it.</summary>
public sealed record BmiLimits
{
    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? MinBmi { get; set; }

    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? MaxBmi { get; set; }
}

/// <summary>Results submissions not yet posted, and the quality-control rounds they went through.</summary>
public sealed record SubmissionTracking
{
    public PartialDate? EstimatedResultsFirstSubmitDate { get; set; }

    public FirstMcpInfo? FirstMcpInfo { get; set; }

    public IReadOnlyList<SubmissionInfo>? SubmissionInfos { get; set; }
}

/// <summary>When the first major-comments (QC) review was posted.</summary>
public sealed record FirstMcpInfo
{
    public DateStruct? PostDateStruct { get; set; }
}

/// <summary>One results submission: released to the registry, unreleased or reset after review.</summary>
public sealed record SubmissionInfo
{
    public PartialDate? ReleaseDate { get; set; }

    public PartialDate? UnreleaseDate { get; set; }

    public bool? UnreleaseDateUnknown { get; set; }

    public PartialDate? ResetDate { get; set; }

    public int? McpReleaseN { get; set; }
}
