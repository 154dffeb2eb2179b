namespace Trialdex.Core.Eligibility.Screening;

/// <summary>One criterion of a trial checked against a patient: the verdict, why, and the evidence on both sides.</summary>
/// <param name="Origin">Inclusion, exclusion, unclassified, or a registry field.</param>
/// <param name="Text">The criterion's text ("Thrombocytopenia (platelets &lt;50×10⁹/L)"), or the registry field as a sentence ("Sex: female").</param>
/// <param name="Span">Where the criterion lies in the trial's eligibility text; null for a registry field.</param>
/// <param name="Verdict">Whether the criterion's statement is true of the patient.</param>
/// <param name="Reason">One plain sentence saying why ("platelet count 40 ×10⁹/L is below 50 ×10⁹/L").</param>
public sealed record CriterionScreening(CriterionOrigin Origin, string Text, TextSpan? Span, CriterionVerdict Verdict, string Reason)
{
    /// <summary>Where the deciding constraint lies in the eligibility text, or null.</summary>
    public TextSpan? ConstraintSpan { get; init; }

    /// <summary>The kind of constraint the verdict rests on (Age, Sex for registry fields), or null for an unstructured criterion.</summary>
    public Constraints.ConstraintKind? ConstraintKind { get; init; }

    /// <summary>The patient facts the verdict rests on; empty when none was found.</summary>
    public IReadOnlyList<ScreeningEvidence> Evidence { get; init; } = [];

    /// <summary>The facts that would settle an unknown criterion; empty when it is settled or no single fact would.</summary>
    public IReadOnlyList<MissingFact> Missing { get; init; } = [];

    /// <summary>
    /// Patient conditions the criterion's text names although no constraint could be checked; a hint for ranking
    /// (an exclusion that names the patient's disease), never a verdict.
    /// </summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>True for a verdict on age or sex, which the screener reads with little doubt, unlike conditions named in free text.</summary>
    public bool IsDemographic => Origin == CriterionOrigin.RegistryField || ConstraintKind is Constraints.ConstraintKind.Age or Constraints.ConstraintKind.Sex;

    /// <summary>True when this criterion makes the patient not eligible: a required criterion not met, or an exclusion met.</summary>
    public bool RulesOut => Verdict switch
    {
        CriterionVerdict.NotMet => Origin is CriterionOrigin.Inclusion or CriterionOrigin.RegistryField,
        CriterionVerdict.Met => Origin == CriterionOrigin.Exclusion,
        _ => false,
    };
}
