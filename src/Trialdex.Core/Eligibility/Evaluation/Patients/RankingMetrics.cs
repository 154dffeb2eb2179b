namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// The ranking measures of the patient evaluation, on graded judgments 0 (not relevant), 1 (excluded) and 2 (eligible).
/// NDCG@k uses the grade itself as the gain and log2(rank + 1) as the discount (as trec_eval's ndcg_cut); P@k counts
/// the judged trials graded 1 or 2 in the top k, over k; AUROC is the chance that an eligible trial scores above an
/// excluded one (ties count half), pooled over every topic.
/// </summary>
public static class RankingMetrics
{
    /// <summary>NDCG at <paramref name="k"/> of grades in ranked order; null when no grade is above 0.</summary>
    public static double? Ndcg(IReadOnlyList<int> rankedGrades, int k)
    {
        ArgumentNullException.ThrowIfNull(rankedGrades);
        var ideal = Dcg(rankedGrades.OrderDescending().ToList(), k);
        return ideal <= 0 ? null : Dcg(rankedGrades, k) / ideal;
    }

    /// <summary>The share of the top <paramref name="k"/> graded above 0 (fewer than k judged trials count as not relevant).</summary>
    public static double PrecisionAt(IReadOnlyList<int> rankedGrades, int k)
    {
        ArgumentNullException.ThrowIfNull(rankedGrades);
        return rankedGrades.Take(k).Count(g => g > 0) / (double)k;
    }

    /// <summary>The area under the ROC curve of positives' scores against negatives'; null when either side is empty.</summary>
    public static double? Auroc(IReadOnlyList<double> positives, IReadOnlyList<double> negatives)
    {
        ArgumentNullException.ThrowIfNull(positives);
        ArgumentNullException.ThrowIfNull(negatives);
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return null;
        }

        var wins = 0.0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }

        return wins / ((double)positives.Count * negatives.Count);
    }

    private static double Dcg(IReadOnlyList<int> grades, int k) =>
        grades.Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
}
