using Trialdex.Core.Eligibility.Evaluation.Patients;

namespace Trialdex.Core.Tests.Eligibility.Evaluation;

public sealed class RankingMetricsTests
{
    [Fact]
    public void An_ideal_ranking_has_ndcg_one_and_a_reversed_one_less()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg([2, 1, 0], 10)!.Value, 9);
        Assert.InRange(RankingMetrics.Ndcg([0, 1, 2], 10)!.Value, 0.5, 0.99);
    }

    [Fact]
    public void Ndcg_uses_the_grade_as_gain_with_a_log2_discount()
    {
        var dcg = 1 + (2 / Math.Log2(3));
        var ideal = 2 + (1 / Math.Log2(3));

        Assert.Equal(dcg / ideal, RankingMetrics.Ndcg([1, 2], 10)!.Value, 9);
    }

    [Fact]
    public void A_topic_without_any_relevant_trial_has_no_ndcg()
    {
        Assert.Null(RankingMetrics.Ndcg([0, 0], 10));
    }

    [Fact]
    public void Precision_at_ten_counts_excluded_and_eligible_over_ten()
    {
        Assert.Equal(0.2, RankingMetrics.PrecisionAt([2, 1, 0], 10), 9);
    }

    [Fact]
    public void Auroc_is_one_when_every_eligible_trial_scores_above_every_excluded_one_and_ties_count_half()
    {
        Assert.Equal(1.0, RankingMetrics.Auroc([0.9, 0.8], [0.1, 0.2]));
        Assert.Equal(0.5, RankingMetrics.Auroc([0.5], [0.5]));
        Assert.Null(RankingMetrics.Auroc([], [0.5]));
    }
}
