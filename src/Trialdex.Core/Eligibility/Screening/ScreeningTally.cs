namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// What a trial's verdict and eligibility weight are computed from: counts over its screened criteria. A screening
/// is summed criterion by criterion, so that screening every open trial can add up criteria screened once
/// (<see cref="OpenTrialSet"/>) and still reach the verdict and weight the full screening gives.
/// </summary>
internal readonly record struct ScreeningTally(int RulingOut, int RulingOutDemographic, int Against, int Unknown, int Met, int MentionedExclusions)
{
    /// <summary>The contribution of one screened criterion.</summary>
    public static ScreeningTally Of(CriterionScreening criterion) => new(
        criterion.RulesOut ? 1 : 0,
        criterion.RulesOut && criterion.IsDemographic ? 1 : 0,
        criterion.RulesOut || (criterion.Origin == CriterionOrigin.Unclassified && criterion.Verdict == CriterionVerdict.NotMet) ? 1 : 0,
        criterion.Verdict == CriterionVerdict.Unknown ? 1 : 0,
        criterion.Verdict == CriterionVerdict.Met ? 1 : 0,
        criterion.Origin == CriterionOrigin.Exclusion && criterion.Mentions.Count > 0 ? 1 : 0);

    /// <summary>The sum over <paramref name="criteria"/>.</summary>
    public static ScreeningTally Of(IEnumerable<CriterionScreening> criteria) => criteria.Aggregate(default(ScreeningTally), (sum, c) => sum + Of(c));

    public static ScreeningTally operator +(ScreeningTally a, ScreeningTally b) => new(
        a.RulingOut + b.RulingOut, a.RulingOutDemographic + b.RulingOutDemographic, a.Against + b.Against,
        a.Unknown + b.Unknown, a.Met + b.Met, a.MentionedExclusions + b.MentionedExclusions);

    /// <summary>Not eligible when anything rules the patient out; likely eligible when nothing is unknown and something was met; possibly eligible otherwise.</summary>
    public TrialVerdict Verdict =>
        RulingOut > 0 ? TrialVerdict.NotEligible
        : Unknown > 0 || Met == 0 ? TrialVerdict.PossiblyEligible
        : TrialVerdict.LikelyEligible;

    /// <summary>The eligibility weight <see cref="MatchScore.Weight"/> describes.</summary>
    public double Weight =>
        RulingOutDemographic > 0
            ? MatchScore.DemographicRuleOutWeight
            : Math.Pow(MatchScore.AgainstFactor, Against) * Math.Pow(1 - MatchScore.UnknownRisk, Math.Min(Unknown, MatchScore.MaxUnknownCounted))
                * (MentionedExclusions > 0 ? 1 - MatchScore.MentionPenalty : 1);
}
