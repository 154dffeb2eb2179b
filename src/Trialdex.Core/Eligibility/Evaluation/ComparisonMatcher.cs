namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// Pairs extracted with gold comparisons one to one: candidate pairs are those whose spans overlap (or are equal,
/// for the exact variant) and, when values count, that agree in operator, values and unit; the pairs sharing the
/// most characters are taken first.
/// </summary>
internal static class ComparisonMatcher
{
    public static List<(ScoredComparison Predicted, ScoredComparison Gold)> Match(
        IReadOnlyList<ScoredComparison> predicted, IReadOnlyList<ScoredComparison> gold, bool exactSpan, bool values)
    {
        var candidates = new List<(int P, int G, int Shared)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var a = predicted[p];
                var b = gold[g];
                if ((exactSpan ? a.SameSpan(b) : a.Overlaps(b)) && (!values || a.Agrees(b)))
                {
                    candidates.Add((p, g, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start)));
                }
            }
        }

        var usedPredicted = new HashSet<int>();
        var usedGold = new HashSet<int>();
        var pairs = new List<(ScoredComparison, ScoredComparison)>();
        foreach (var (p, g, _) in candidates.OrderByDescending(c => c.Shared).ThenBy(c => c.P).ThenBy(c => c.G))
        {
            if (usedPredicted.Add(p))
            {
                if (usedGold.Add(g))
                {
                    pairs.Add((predicted[p], gold[g]));
                }
                else
                {
                    usedPredicted.Remove(p);
                }
            }
        }

        return pairs;
    }
}
