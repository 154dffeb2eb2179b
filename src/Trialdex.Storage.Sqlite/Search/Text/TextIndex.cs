using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// An in-memory inverted index of the studies' full text, holding what FTS5's study_fts holds (the same terms,
/// columns, positions and row lengths) so that it can answer a <see cref="TextQuery"/> with the same hits and the
/// same BM25 scores as FTS5's <c>bm25()</c>, without FTS5's cost of reading every match's row size from disk.
/// Immutable once built.
/// </summary>
internal sealed partial class TextIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, TermPostings[]> _terms;
    private readonly int[] _lengths;
    private readonly double _averageLength;

    /// <summary>Each study's BM25 length normalisation, <c>k1·(1 − b + b·length/average)</c>, computed as FTS5 computes it.</summary>
    private readonly double[] _norms;

    /// <summary>For the terms that many studies hold: the studies holding the term in any column, as bits by id.</summary>
    private readonly Dictionary<string, ulong[]> _anywhere;

    private TextIndex(Dictionary<string, TermPostings[]> terms, int[] lengths, int documents, long tokens)
    {
        (_terms, _lengths, DocumentCount, _averageLength) = (terms, lengths, documents, documents == 0 ? 0 : (double)tokens / documents);
        _anywhere = Anywhere(terms, lengths.Length, documents);
        _norms = new double[lengths.Length];
        for (var id = 0; id < lengths.Length; id++)
        {
            _norms[id] = K1 * (1 - B + (B * lengths[id] / _averageLength));
        }
    }

    /// <summary>
    /// The bits of every term held by at least a sixteenth of the studies (words like "of", "patients", "cancer"): an
    /// AND with such a word, or a NOT, then costs a few words of bits instead of reading its postings in every column.
    /// Each costs an eighth of a byte a study, less than the term's postings.
    /// </summary>
    private static Dictionary<string, ulong[]> Anywhere(Dictionary<string, TermPostings[]> terms, int size, int documents)
    {
        var anywhere = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        foreach (var (term, columns) in terms)
        {
            if (columns.Sum(c => (long)c.Count) < Math.Max(1, documents / 16))
            {
                continue;
            }

            var bits = new ulong[(size + 63) >> 6];
            foreach (var postings in columns)
            {
                var cursor = postings.Cursor();
                while (cursor.Next())
                {
                    bits[cursor.Id >> 6] |= 1UL << (cursor.Id & 63);
                }
            }

            if (bits.Sum(w => (long)System.Numerics.BitOperations.PopCount(w)) >= documents / 16)
            {
                anywhere[term] = bits;
            }
        }

        return anywhere;
    }

    /// <summary>The number of studies indexed (FTS5's row count).</summary>
    public int DocumentCount { get; }

    /// <summary>The number of distinct terms.</summary>
    public int TermCount => _terms.Count;

    /// <summary>Approximate bytes held (postings, row lengths and terms).</summary>
    public long Bytes => (12L * _lengths.Length) + _terms.Sum(t => 48 + (2L * t.Key.Length) + t.Value.Sum(p => p.Bytes)) + _anywhere.Sum(a => 8L * a.Value.Length);

    /// <summary>
    /// The studies matching <paramref name="query"/>, ascending, each with the score FTS5 gives it as
    /// <c>-bm25(study_fts, weights…)</c> for the same MATCH expression (<paramref name="weights"/> in column order).
    /// As in FTS5, a phrase adds to a study's score only when every AND and NOT above it holds for that study. With
    /// <paramref name="keep"/>, only the studies it holds are matched and scored.
    /// </summary>
    public (int[] Ids, double[] Scores) Search(TextQuery query, IReadOnlyList<double> weights, ulong[]? keep = null, Memo? memo = null)
    {
        var phrases = new List<PhraseHits>();
        var ands = new Dictionary<AndQuery, ulong[]>(ReferenceEqualityComparer.Instance);
        memo = memo?.Weights == weights ? memo : null;
        var sums = ScorePool.Rent(_lengths.Length);
        try
        {
            var matched = Evaluate(query, weights, phrases, counts: true, memo, ands);
            if (keep is not null)
            {
                matched = (ulong[])matched.Clone();
                for (var w = 0; w < matched.Length; w++)
                {
                    matched[w] &= w < keep.Length ? keep[w] : 0;
                }
            }

            var ids = Ids(matched);

            // Phrase by phrase, each adding to the studies it counts for: every study's terms still add up in
            // FTS5's order (phrase 0 first), and a phrase that does not count would add exactly +0.0.
            var scopes = new List<ulong[][]?>(phrases.Count);
            Scopes(query, ands, [], excluded: false, scopes);
            for (var p = 0; p < phrases.Count; p++)
            {
                if (scopes[p] is { } scope)
                {
                    AddScores(phrases[p], InverseDocumentFrequency(phrases[p].Count), matched, scope, sums);
                }
            }

            var scores = new double[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                scores[i] = sums[ids[i]];
                sums[ids[i]] = 0;
            }

            return (ids, scores);
        }
        finally
        {
            ScorePool.Return(sums);
            if (memo is null)
            {
                phrases.ForEach(p => p.Dispose());
            }
        }
    }

    /// <summary>The studies matching <paramref name="query"/>, ascending (no scores); phrases already read into <paramref name="memo"/> are not read again.</summary>
    public int[] Matches(TextQuery query, Memo? memo = null) => Ids(MatchBits(query, memo));

    /// <summary>The studies matching <paramref name="query"/> as bits by id, to be read only (they may be a phrase's own).</summary>
    public ulong[] MatchBits(TextQuery query, Memo? memo = null)
    {
        var phrases = new List<PhraseHits>();
        try
        {
            return Evaluate(query, memo?.Weights ?? [], phrases, counts: false, memo);
        }
        finally
        {
            if (memo is null)
            {
                phrases.ForEach(p => p.Dispose());
            }
        }
    }

    /// <summary>
    /// Adds one phrase's BM25 term to <paramref name="sums"/> for every study of <paramref name="matched"/> where it
    /// counts: present, and inside every AND above it (<paramref name="scope"/>), with FTS5's arithmetic in its order.
    /// </summary>
    private void AddScores(PhraseHits phrase, double idf, ulong[] matched, ulong[][] scope, double[] sums)
    {
        var (bits, frequencies, norms) = (phrase.Bits, phrase.Frequencies, _norms);
        for (var w = 0; w < matched.Length; w++)
        {
            var word = matched[w] & bits[w];
            for (var a = 0; a < scope.Length && word != 0; a++)
            {
                word &= scope[a][w];
            }

            for (; word != 0; word &= word - 1)
            {
                var id = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                var frequency = frequencies[id];
                sums[id] += idf * (frequency * (K1 + 1.0) / (frequency + norms[id]));
            }
        }
    }

    /// <summary>
    /// For each phrase, in <see cref="Evaluate"/>'s order, the studies of the ANDs above it (FTS5 clears a phrase
    /// under an AND or NOT that fails), or null for a phrase under a NOT, which never adds to a score of a match.
    /// </summary>
    private static void Scopes(TextQuery query, Dictionary<AndQuery, ulong[]> ands, ulong[][] above, bool excluded, List<ulong[][]?> scopes)
    {
        switch (query)
        {
            case PhraseQuery:
                scopes.Add(excluded ? null : above);
                break;
            case AndQuery and:
                ulong[][] inside = [.. above, ands[and]];
                foreach (var child in and.Children)
                {
                    Scopes(child, ands, inside, excluded, scopes);
                }

                foreach (var child in and.Excluded)
                {
                    Scopes(child, ands, inside, excluded: true, scopes);
                }

                break;
            case OrQuery or:
                foreach (var child in or.Children)
                {
                    Scopes(child, ands, above, excluded, scopes);
                }

                break;
            default:
                throw new InvalidOperationException("unknown text query: " + query);
        }
    }

    /// <summary>Score sums by study id, only ever returned all zeros.</summary>
    private static readonly System.Buffers.ArrayPool<double> ScorePool = System.Buffers.ArrayPool<double>.Create(1 << 22, 16);

    private double InverseDocumentFrequency(int hits)
    {
        var idf = Math.Log((DocumentCount - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>The studies matching <paramref name="query"/> as bits by id; each phrase's hits are added to <paramref name="phrases"/> in expression order.</summary>
    private ulong[] Evaluate(TextQuery query, IReadOnlyList<double> weights, List<PhraseHits> phrases, bool counts, Memo? memo, Dictionary<AndQuery, ulong[]>? ands = null)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                var hits = Phrase(phrase, weights, counts, memo);
                phrases.Add(hits);
                return hits.Bits;
            case AndQuery and:
                var result = (ulong[])Evaluate(and.Children[0], weights, phrases, counts, memo, ands).Clone();
                foreach (var child in and.Children.Skip(1))
                {
                    var bits = Evaluate(child, weights, phrases, counts, memo, ands);
                    for (var w = 0; w < result.Length; w++)
                    {
                        result[w] &= bits[w];
                    }
                }

                foreach (var excluded in and.Excluded)
                {
                    var bits = Evaluate(excluded, weights, phrases, counts: false, memo, ands);
                    for (var w = 0; w < result.Length; w++)
                    {
                        result[w] &= ~bits[w];
                    }
                }

                if (ands is not null)
                {
                    ands[and] = result;
                }

                return result;
            case OrQuery or:
                var any = new ulong[Words];
                foreach (var child in or.Children)
                {
                    var bits = Evaluate(child, weights, phrases, counts, memo, ands);
                    for (var w = 0; w < any.Length; w++)
                    {
                        any[w] |= bits[w];
                    }
                }

                return any;
            default:
                throw new InvalidOperationException("unknown text query: " + query);
        }
    }

    private int Words => (_lengths.Length + 63) >> 6;

    private static int[] Ids(ulong[] bits)
    {
        var ids = new int[BitSets.Count(bits)];
        var at = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                ids[at++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
            }
        }

        return ids;
    }
}
