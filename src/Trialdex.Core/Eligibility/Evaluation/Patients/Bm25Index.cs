namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// Okapi BM25 (k1 = 1.2, b = 0.75) over a small in-memory collection: the plain baseline of the patient evaluation,
/// and the topical part of the matcher's ranking there. Document frequencies are counted over the whole collection.
/// </summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private readonly Dictionary<string, Dictionary<string, int>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lengths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private double _averageLength;

    public Bm25Index(IEnumerable<KeyValuePair<string, string>> documents)
    {
        foreach (var (id, text) in documents)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var length = 0;
            foreach (var token in Bm25Tokens.Of(text))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
                length++;
            }

            _terms[id] = counts;
            _lengths[id] = length;
            foreach (var token in counts.Keys)
            {
                _documentFrequency[token] = _documentFrequency.GetValueOrDefault(token) + 1;
            }
        }

        _averageLength = _lengths.Count == 0 ? 1 : Math.Max(1, _lengths.Values.Average());
    }

    /// <summary>The BM25 score of document <paramref name="id"/> for the query; each distinct query term counts once.</summary>
    public double Score(string id, IReadOnlyCollection<string> queryTerms)
    {
        if (!_terms.TryGetValue(id, out var counts))
        {
            return 0;
        }

        var n = _terms.Count;
        var norm = K1 * (1 - B + (B * _lengths[id] / _averageLength));
        var score = 0.0;
        foreach (var term in queryTerms)
        {
            if (counts.TryGetValue(term, out var tf))
            {
                var df = _documentFrequency[term];
                var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                score += idf * tf * (K1 + 1) / (tf + norm);
            }
        }

        return score;
    }
}
