namespace Trialdex.Core.Studies;

/// <summary>The study's summary and detailed description (markdown).</summary>
public sealed record DescriptionModule
{
    public string? BriefSummary { get; init; }

    public string? DetailedDescription { get; init; }
}

/// <summary>The conditions studied and the sponsor's keywords.</summary>
public sealed record ConditionsModule
{
    public IReadOnlyList<string>? Conditions { get; init; }

    public IReadOnlyList<string>? Keywords { get; init; }
}
