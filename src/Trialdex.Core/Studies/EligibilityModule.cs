namespace Trialdex.Core.Studies;

/// <summary>Who can take part: the criteria text, sex, ages and healthy volunteers.</summary>
public sealed record EligibilityModule
{
    /// <summary>The inclusion and exclusion criteria, free text (markdown).</summary>
    public string? EligibilityCriteria { get; init; }

    public bool? HealthyVolunteers { get; init; }

    public Sex? Sex { get; init; }

    /// <summary>Whether eligibility is based on gender identity rather than sex.</summary>
    public bool? GenderBased { get; init; }

    public string? GenderDescription { get; init; }

    public NormalizedTime? MinimumAge { get; init; }

    public NormalizedTime? MaximumAge { get; init; }

    public IReadOnlyList<StandardAge>? StdAges { get; init; }

    /// <summary>The population an observational study draws from.</summary>
    public string? StudyPopulation { get; init; }

    public SamplingMethod? SamplingMethod { get; init; }
}
