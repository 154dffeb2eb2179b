using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Screening;

public sealed class MatchScoreTests
{
    [Fact]
    public void An_age_or_sex_rule_out_weighs_least_whatever_else_is_known()
    {
        var screening = Screening(new CriterionScreening(CriterionOrigin.RegistryField, "Sex: female", null, CriterionVerdict.NotMet, "male"));

        Assert.Equal(MatchScore.DemographicRuleOutWeight, MatchScore.Weight(screening));
    }

    [Fact]
    public void Each_criterion_against_the_patient_multiplies_the_weight_by_the_against_factor()
    {
        var one = Screening(Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Met));
        var two = Screening(Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Met), Criterion(CriterionOrigin.Inclusion, CriterionVerdict.NotMet));

        Assert.Equal(MatchScore.AgainstFactor, MatchScore.Weight(one), 9);
        Assert.Equal(MatchScore.AgainstFactor * MatchScore.AgainstFactor, MatchScore.Weight(two), 9);
    }

    [Fact]
    public void A_criterion_under_no_heading_that_is_not_met_counts_against_the_patient_without_ruling_them_out()
    {
        var screening = Screening(Criterion(CriterionOrigin.Unclassified, CriterionVerdict.NotMet));

        Assert.Equal(TrialVerdict.PossiblyEligible, screening.Verdict);
        Assert.Equal(MatchScore.AgainstFactor, MatchScore.Weight(screening), 9);
    }

    [Fact]
    public void Of_two_trials_otherwise_alike_the_one_with_more_unknown_criteria_weighs_less_and_met_criteria_cost_nothing()
    {
        var met = Screening(Criterion(CriterionOrigin.Inclusion, CriterionVerdict.Met), Criterion(CriterionOrigin.Exclusion, CriterionVerdict.NotMet));
        var oneUnknown = Screening(Criterion(CriterionOrigin.Inclusion, CriterionVerdict.Met), Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Unknown));
        var twoUnknown = Screening(Criterion(CriterionOrigin.Inclusion, CriterionVerdict.Unknown), Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Unknown));

        Assert.Equal(1, MatchScore.Weight(met), 9);
        Assert.Equal(1 - MatchScore.UnknownRisk, MatchScore.Weight(oneUnknown), 9);
        Assert.True(MatchScore.Weight(twoUnknown) < MatchScore.Weight(oneUnknown));
    }

    [Fact]
    public void Unknown_criteria_beyond_the_most_counted_cost_nothing_more()
    {
        var many = Screening([.. Enumerable.Repeat(Criterion(CriterionOrigin.Inclusion, CriterionVerdict.Unknown), MatchScore.MaxUnknownCounted)]);
        var more = Screening([.. Enumerable.Repeat(Criterion(CriterionOrigin.Inclusion, CriterionVerdict.Unknown), MatchScore.MaxUnknownCounted + 15)]);

        Assert.Equal(Math.Pow(1 - MatchScore.UnknownRisk, MatchScore.MaxUnknownCounted), MatchScore.Weight(many), 9);
        Assert.Equal(MatchScore.Weight(many), MatchScore.Weight(more), 9);
    }

    [Fact]
    public void An_unknown_exclusion_naming_a_patient_condition_takes_off_the_mention_penalty()
    {
        var plain = Screening(Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Unknown));
        var named = Screening(Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Unknown) with { Mentions = ["asthma"] });

        Assert.Equal(MatchScore.Weight(plain) * (1 - MatchScore.MentionPenalty), MatchScore.Weight(named), 9);
    }

    [Fact]
    public void The_score_is_relevance_times_weight_with_relevance_kept_within_0_and_1()
    {
        var screening = Screening(Criterion(CriterionOrigin.Exclusion, CriterionVerdict.Met));

        Assert.Equal(0.5 * MatchScore.AgainstFactor, MatchScore.Combine(0.5, screening), 9);
        Assert.Equal(MatchScore.AgainstFactor, MatchScore.Combine(7, screening), 9);
        Assert.Equal(0, MatchScore.Combine(double.NaN, screening));
    }

    private static CriterionScreening Criterion(CriterionOrigin origin, CriterionVerdict verdict) =>
        new(origin, "a criterion", null, verdict, "a reason") { ConstraintKind = ConstraintKind.Condition };

    private static TrialScreening Screening(params CriterionScreening[] criteria) =>
        new(criteria.Any(c => c.RulesOut) ? TrialVerdict.NotEligible : TrialVerdict.PossiblyEligible, criteria);
}
