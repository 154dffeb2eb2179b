namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The ranking score of a trial for a patient: topical relevance times an eligibility weight, so that a relevant
/// trial stays above an irrelevant one while, among relevant trials, the ruled-out sink and the open ones rise.
/// <list type="bullet">
/// <item><description>relevance r in [0, 1]: the trial's text score for the patient (BM25 or the search rank's
/// score) divided by the best candidate's;</description></item>
/// <item><description>weight: NotEligible <see cref="NotEligibleWeight"/> (an exclusion hit pushes the trial down
/// strongly but keeps it above trials about something else); PossiblyEligible and LikelyEligible 1, plus
/// <see cref="MetBonus"/> per criterion met (at most <see cref="MaxMetCriteria"/>), minus <see cref="MentionPenalty"/>
/// when an unknown exclusion names one of the patient's conditions;</description></item>
/// <item><description>score = r × weight.</description></item>
/// </list>
/// The constants were set once on the TREC 2021 / SIGIR topics as a whole (see EVALUATION.md), never per topic,
/// and the relevance judgments are never used in ranking.
/// </summary>
public static class MatchScore
{
    /// <summary>The weight of a trial that some criterion rules the patient out of.</summary>
    public const double NotEligibleWeight = 0.3;

    /// <summary>What each criterion met adds to the weight.</summary>
    public const double MetBonus = 0.05;

    /// <summary>How many met criteria count.</summary>
    public const int MaxMetCriteria = 4;

    /// <summary>What an unknown exclusion naming the patient's own condition takes off.</summary>
    public const double MentionPenalty = 0.1;

    /// <summary>The score of a trial with relevance <paramref name="relevance"/> (0 to 1) and screening <paramref name="screening"/>.</summary>
    public static double Combine(double relevance, TrialScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return Math.Clamp(relevance, 0, 1) * Weight(screening);
    }

    /// <summary>The eligibility weight alone.</summary>
    public static double Weight(TrialScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        if (screening.Verdict == TrialVerdict.NotEligible)
        {
            return NotEligibleWeight;
        }

        var met = screening.Criteria.Count(c => c.Verdict == CriterionVerdict.Met && c.Origin != CriterionOrigin.Exclusion)
            + screening.Criteria.Count(c => c.Verdict == CriterionVerdict.NotMet && c.Origin == CriterionOrigin.Exclusion);
        var mentioned = screening.Criteria.Any(c => c.Origin == CriterionOrigin.Exclusion && c.Mentions.Count > 0);
        return 1 + (MetBonus * Math.Min(met, MaxMetCriteria)) - (mentioned ? MentionPenalty : 0);
    }
}
