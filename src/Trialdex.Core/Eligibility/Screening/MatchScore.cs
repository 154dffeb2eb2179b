namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The ranking score of a trial for a patient: topical relevance times an eligibility weight, so that among
/// relevant trials the ruled-out sink and the open ones rise, while an excluded but relevant trial can still rank
/// above one about something else.
/// <list type="bullet">
/// <item><description>relevance r in [0, 1]: how well the trial's topic fits the patient (the search score over the
/// best candidate's; in the evaluation, BM25 of the note over titles and conditions mixed with MeSH overlap);</description></item>
/// <item><description>weight: the chance, roughly, that the patient passes every criterion, read as independent
/// pieces of evidence. Age or sex limits that rule the patient out are read with little doubt:
/// <see cref="DemographicRuleOutWeight"/>. Every other criterion that counts against the patient — a requirement
/// not met, an exclusion met, or a criterion under no heading whose statement is not true of the patient (mostly
/// requirements in lists such as "PRIOR CONCURRENT THERAPY: No prior chemotherapy") — multiplies the weight by
/// <see cref="AgainstFactor"/>, not by 0, because conditions and treatments named in free text are misread often
/// enough that one such verdict is strong evidence, not proof. Every criterion left unknown multiplies it by
/// 1 − <see cref="UnknownRisk"/>: each is a small chance the patient fails it, so that of two trials otherwise
/// alike, the one asking more that cannot be checked ranks lower, and criteria met or exclusions ruled out cost
/// nothing. Only the first <see cref="MaxUnknownCounted"/> unknowns count: long lists (one laboratory limit per
/// line under "PATIENT CHARACTERISTICS") split what is one requirement into many lines, which are not independent
/// chances of failing, and would otherwise sink a trial for the way its criteria are laid out. An exclusion left unknown that names one of the patient's own conditions takes off
/// <see cref="MentionPenalty"/> more;</description></item>
/// <item><description>score = r × weight.</description></item>
/// </list>
/// The constants were chosen by trying a few round values on TREC 2021 and SIGIR 2016 as a whole (EVALUATION.md),
/// never per topic, and relevance judgments are never used in ranking.
/// </summary>
public static class MatchScore
{
    /// <summary>The weight of a trial whose age or sex limits rule the patient out.</summary>
    public const double DemographicRuleOutWeight = 0.1;

    /// <summary>What each other criterion counting against the patient multiplies the weight by.</summary>
    public const double AgainstFactor = 0.6;

    /// <summary>The chance, taken alike for every criterion left unknown, that the patient fails it.</summary>
    public const double UnknownRisk = 0.02;

    /// <summary>How many unknown criteria count at most.</summary>
    public const int MaxUnknownCounted = 20;

    /// <summary>What an unknown exclusion naming the patient's own condition takes off.</summary>
    public const double MentionPenalty = 0.1;

    /// <summary>The score of a trial with relevance <paramref name="relevance"/> (0 to 1) and screening <paramref name="screening"/>.</summary>
    public static double Combine(double relevance, TrialScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return CombineWeight(relevance, Weight(screening));
    }

    /// <summary>The score of a trial with relevance <paramref name="relevance"/> (0 to 1) and eligibility weight <paramref name="weight"/>.</summary>
    internal static double CombineWeight(double relevance, double weight) => (double.IsFinite(relevance) ? Math.Clamp(relevance, 0, 1) : 0) * weight;

    /// <summary>The eligibility weight alone, in (0, 1].</summary>
    public static double Weight(TrialScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return ScreeningTally.Of(screening.Criteria).Weight;
    }
}
