namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The ranking score of a trial for a patient: topical relevance times an eligibility weight, so that among
/// relevant trials the ruled-out sink and the open ones rise, while an excluded but relevant trial can still rank
/// above one about something else.
/// <list type="bullet">
/// <item><description>relevance r in [0, 1]: how well the trial's topic fits the patient (the search score over the
/// best candidate's; in the evaluation, BM25 of the note over titles and conditions mixed with MeSH overlap);</description></item>
/// <item><description>weight: NotEligible by age or sex (read with little doubt) <see cref="DemographicRuleOutWeight"/>;
/// NotEligible by other criteria (conditions or values named in free text, where reading errors are common)
/// <see cref="CriteriaRuleOutWeight"/>; PossiblyEligible and LikelyEligible 1, plus <see cref="MetBonus"/> per
/// criterion met or exclusion ruled out (at most <see cref="MaxMetCriteria"/>), minus <see cref="MentionPenalty"/>
/// when an unknown exclusion names one of the patient's conditions;</description></item>
/// <item><description>score = r × weight.</description></item>
/// </list>
/// The constants were chosen on the TREC 2021 topics as a whole (EVALUATION.md), never per topic, and relevance
/// judgments are never used in ranking.
/// </summary>
public static class MatchScore
{
    /// <summary>The weight of a trial whose age or sex limits rule the patient out.</summary>
    public const double DemographicRuleOutWeight = 0.1;

    /// <summary>The weight of a trial that only other criteria rule the patient out of.</summary>
    public const double CriteriaRuleOutWeight = 0.7;

    /// <summary>What each criterion met (or exclusion ruled out) adds to the weight.</summary>
    public const double MetBonus = 0.05;

    /// <summary>How many met criteria count.</summary>
    public const int MaxMetCriteria = 4;

    /// <summary>What an unknown exclusion naming the patient's own condition takes off.</summary>
    public const double MentionPenalty = 0.1;

    /// <summary>The score of a trial with relevance <paramref name="relevance"/> (0 to 1) and screening <paramref name="screening"/>.</summary>
    public static double Combine(double relevance, TrialScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return (double.IsFinite(relevance) ? Math.Clamp(relevance, 0, 1) : 0) * Weight(screening);
    }

    /// <summary>The eligibility weight alone.</summary>
    public static double Weight(TrialScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        if (screening.Verdict == TrialVerdict.NotEligible)
        {
            return screening.RuledOutBy.Any(c => c.IsDemographic) ? DemographicRuleOutWeight : CriteriaRuleOutWeight;
        }

        var met = screening.Criteria.Count(c => c.Verdict == CriterionVerdict.Met && c.Origin != CriterionOrigin.Exclusion)
            + screening.Criteria.Count(c => c.Verdict == CriterionVerdict.NotMet && c.Origin == CriterionOrigin.Exclusion);
        var mentioned = screening.Criteria.Any(c => c.Origin == CriterionOrigin.Exclusion && c.Mentions.Count > 0);
        return 1 + (MetBonus * Math.Min(met, MaxMetCriteria)) - (mentioned ? MentionPenalty : 0);
    }
}
