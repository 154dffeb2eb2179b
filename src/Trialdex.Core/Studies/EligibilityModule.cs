namespace Trialdex.Core.Studies;

/// <summary>Who can take part: the criteria text, sex, ages and healthy volunteers.</summary>
public sealed record EligibilityModule
{
    /// <summary>The inclusion and exclusion criteria, free text (markdown).</summary>
    public string? EligibilityCriteria { get; set; }

    public bool? HealthyVolunteers { get; set; }

    public Sex? Sex { get; set; }

    /// <summary>Whether eligibility is based on gender identity rather than sex.</summary>
    public bool? GenderBased { get; set; }

    public string? GenderDescription { get; set; }

    public NormalizedTime? MinimumAge { get; set; }

    public NormalizedTime? MaximumAge { get; set; }

    public IReadOnlyList<StandardAge>? StdAges { get; set; }

    /// <summary>The population an observational study draws from.</summary>
    public string? StudyPopulation { get; set; }

    public SamplingMethod? SamplingMethod { get; set; }
}
