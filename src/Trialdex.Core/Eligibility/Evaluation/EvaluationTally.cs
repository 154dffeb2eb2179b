namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>Adds up the matches of every document for each scoring variant, and keeps a few examples.</summary>
internal sealed class EvaluationTally(int maxExamples)
{
    private readonly int[] _matched = new int[5];
    private readonly List<string> _misses = [];
    private readonly List<string> _falsePositives = [];
    private int _documents;
    private int _gold;
    private int _goldScored;
    private int _predicted;
    private int _ageGold;
    private int _agePredicted;

    public void Add(string name, List<ScoredComparison> gold, List<ScoredComparison> predicted)
    {
        _documents++;
        _gold += gold.Count;
        var scoredGold = gold.Where(g => g.InScope).ToList();
        var unscored = gold.Where(g => !g.InScope).ToList();
        var scored = predicted.Where(p => p.InScope && (scoredGold.Any(p.Overlaps) || !unscored.Any(p.Overlaps))).ToList();
        _goldScored += scoredGold.Count;
        _predicted += scored.Count;

        var full = ComparisonMatcher.Match(scored, scoredGold, exactSpan: false, values: true);
        _matched[0] += full.Count;
        _matched[1] += ComparisonMatcher.Match(scored, scoredGold, exactSpan: true, values: true).Count;
        _matched[2] += ComparisonMatcher.Match(scored, scoredGold, exactSpan: false, values: false).Count;
        _matched[3] += ComparisonMatcher.Match(scored, scoredGold, exactSpan: true, values: false).Count;

        var ageGold = scoredGold.Where(g => g.IsAge).ToList();
        var agePredicted = scored.Where(p => p.IsAge).ToList();
        _ageGold += ageGold.Count;
        _agePredicted += agePredicted.Count;
        _matched[4] += ComparisonMatcher.Match(agePredicted, ageGold, exactSpan: false, values: true).Count;

        Examples(name, full, scoredGold, scored);
    }

    public LeafEvaluationResult Result() => new(
        _documents,
        _gold,
        _goldScored,
        _predicted,
        new EvaluationScore(_matched[0], _predicted, _goldScored),
        new EvaluationScore(_matched[1], _predicted, _goldScored),
        new EvaluationScore(_matched[2], _predicted, _goldScored),
        new EvaluationScore(_matched[3], _predicted, _goldScored),
        new EvaluationScore(_matched[4], _agePredicted, _ageGold),
        _misses,
        _falsePositives);

    private void Examples(string name, List<(ScoredComparison Predicted, ScoredComparison Gold)> matched, List<ScoredComparison> gold, List<ScoredComparison> predicted)
    {
        foreach (var g in gold.Where(g => !matched.Any(m => ReferenceEquals(m.Gold, g))))
        {
            if (_misses.Count < maxExamples)
            {
                var over = predicted.FirstOrDefault(p => p.Overlaps(g));
                _misses.Add($"{name}: gold {g} / extracted {(over is null ? "nothing" : over.ToString())}");
            }
        }

        foreach (var p in predicted.Where(p => !matched.Any(m => ReferenceEquals(m.Predicted, p))))
        {
            if (_falsePositives.Count < maxExamples)
            {
                var over = gold.FirstOrDefault(g => g.Overlaps(p));
                _falsePositives.Add($"{name}: extracted {p} / gold {(over is null ? "nothing" : over.ToString())}");
            }
        }
    }
}
