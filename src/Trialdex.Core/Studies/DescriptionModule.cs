namespace Trialdex.Core.Studies;

/// <summary>The study's summary and detailed description (markdown).</summary>
public sealed record DescriptionModule
{
    public string? BriefSummary { get; set; }

    public string? DetailedDescription { get; set; }
}

/// <summary>The conditions studied and the sponsor's keywords.</summary>
public sealed record ConditionsModule
{
    public IReadOnlyList<string>? Conditions { get; set; }

    public IReadOnlyList<string>? Keywords { get; set; }
}
