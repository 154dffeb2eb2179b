using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Registry bookkeeping: the data version, removed countries, model predictions, results submission tracking.</summary>
public sealed record MiscInfoModule
{
    /// <summary>The date of the registry data version the record comes from.</summary>
    public PartialDate? VersionHolder { get; init; }

    public IReadOnlyList<string>? RemovedCountries { get; init; }

    public ModelPredictions? ModelPredictions { get; init; }

    public SubmissionTracking? SubmissionTracking { get; init; }
}

/// <summary>Values the registry predicted from the record's text.</summary>
public sealed record ModelPredictions
{
    public BmiLimits? BmiLimits { get; init; }
}

/// <summary>The body-mass-index range the eligibility criteria allow, as the registry predicted it.</summary>
public sealed record BmiLimits
{
    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? MinBmi { get; init; }

    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? MaxBmi { get; init; }
}

/// <summary>Results submissions not yet posted, and the quality-control rounds they went through.</summary>
public sealed record SubmissionTracking
{
    public PartialDate? EstimatedResultsFirstSubmitDate { get; init; }

    public FirstMcpInfo? FirstMcpInfo { get; init; }

    public IReadOnlyList<SubmissionInfo>? SubmissionInfos { get; init; }
}

/// <summary>When the first major-comments (QC) review was posted.</summary>
public sealed record FirstMcpInfo
{
    public DateStruct? PostDateStruct { get; init; }
}

/// <summary>One results submission: released to the registry, unreleased or reset after review.</summary>
public sealed record SubmissionInfo
{
    public PartialDate? ReleaseDate { get; init; }

    public PartialDate? UnreleaseDate { get; init; }

    public bool? UnreleaseDateUnknown { get; init; }

    public PartialDate? ResetDate { get; init; }

    public int? McpReleaseN { get; init; }
}
