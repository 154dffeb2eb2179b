using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// An in-memory inverted index of the studies' full text, holding what FTS5's study_fts holds (the same terms,
/// columns, positions and row lengths) so that it can answer a <see cref="TextQuery"/> with the same hits and the
/// same BM25 scores as FTS5's <c>bm25()</c>, without FTS5's cost of reading every match's row size from disk.
/// Immutable once built.
/// </summary>
internal sealed class TextIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, TermPostings> _terms;
    private readonly int[] _lengths;
    private readonly double _averageLength;

    private TextIndex(Dictionary<string, TermPostings> terms, int[] lengths, int documents, long tokens) =>
        (_terms, _lengths, DocumentCount, _averageLength) = (terms, lengths, documents, documents == 0 ? 0 : (double)tokens / documents);

    /// <summary>The number of studies indexed (FTS5's row count).</summary>
    public int DocumentCount { get; }

    /// <summary>Indexes each study's text under its id (the study_fts rowid); <paramref name="studies"/> come in ascending id order.</summary>
    public static TextIndex Build(IEnumerable<(int Id, StudyText Text)> studies)
    {
        var builders = new Dictionary<string, TermBuilder>(StringComparer.Ordinal);
        var lengths = new List<int>();
        var tokenizer = new FtsTokenizer();
        var terms = new List<string>();
        var occurrences = new List<(string Term, int Column, int Position)>();
        var (documents, tokens) = (0, 0L);
        var previous = -1;
        foreach (var (id, text) in studies)
        {
            if (id <= previous)
            {
                throw new ArgumentException($"study ids must ascend: {id} after {previous}", nameof(studies));
            }

            previous = id;
            occurrences.Clear();
            var length = 0;
            for (var column = 0; column < text.Values.Count; column++)
            {
                terms.Clear();
                tokenizer.Tokenize(text.Values[column], terms);
                for (var position = 0; position < terms.Count; position++)
                {
                    occurrences.Add((terms[position], column, position));
                }

                length += terms.Count;
            }

            occurrences.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term) is var byTerm and not 0 ? byTerm
                : a.Column != b.Column ? a.Column.CompareTo(b.Column) : a.Position.CompareTo(b.Position));
            for (var i = 0; i < occurrences.Count;)
            {
                var term = occurrences[i].Term;
                if (!builders.TryGetValue(term, out var builder))
                {
                    builders[term] = builder = new TermBuilder();
                }

                var end = i;
                while (end < occurrences.Count && occurrences[end].Term == term)
                {
                    end++;
                }

                builder.Add(id, occurrences, i, end);
                i = end;
            }

            while (lengths.Count <= id)
            {
                lengths.Add(0);
            }

            lengths[id] = length;
            documents++;
            tokens += length;
        }

        return new TextIndex(builders.ToDictionary(b => b.Key, b => b.Value.Build(), StringComparer.Ordinal), [.. lengths], documents, tokens);
    }

    /// <summary>
    /// The studies matching <paramref name="query"/>, ascending, each with the score FTS5 gives it as
    /// <c>-bm25(study_fts, weights…)</c> for the same MATCH expression (<paramref name="weights"/> in column order).
    /// As in FTS5, a phrase adds to a study's score only when every AND and NOT above it holds for that study.
    /// </summary>
    public (int[] Ids, double[] Scores) Search(TextQuery query, IReadOnlyList<double> weights)
    {
        var phrases = new List<PhraseHits>();
        var ids = Evaluate(query, weights, phrases);
        var idf = phrases.Select(p => InverseDocumentFrequency(p.Ids.Length)).ToArray();
        var cursors = new int[phrases.Count];
        var contributions = new double[phrases.Count];
        var present = new bool[phrases.Count];
        var scores = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            var norm = K1 * (1 - B + (B * _lengths[id] / _averageLength));
            for (var p = 0; p < phrases.Count; p++)
            {
                var hits = phrases[p];
                var at = cursors[p];
                while (at < hits.Ids.Length && hits.Ids[at] < id)
                {
                    at++;
                }

                cursors[p] = at;
                present[p] = at < hits.Ids.Length && hits.Ids[at] == id;
                var frequency = present[p] ? hits.Frequencies[at] : 0;
                contributions[p] = present[p] ? idf[p] * (frequency * (K1 + 1) / (frequency + norm)) : 0;
            }

            var next = 0;
            scores[i] = Score(query, present, contributions, ref next).Score;
        }

        return (ids, scores);
    }

    /// <summary>Whether <paramref name="query"/> holds for one study, and what its phrases add to the study's score; phrases are numbered in <see cref="Evaluate"/>'s order.</summary>
    private static (bool Holds, double Score) Score(TextQuery query, bool[] present, double[] contributions, ref int next)
    {
        switch (query)
        {
            case PhraseQuery:
                var p = next++;
                return (present[p], contributions[p]);
            case AndQuery and:
                var (holds, score) = (true, 0.0);
                foreach (var child in and.Children)
                {
                    var (childHolds, childScore) = Score(child, present, contributions, ref next);
                    (holds, score) = (holds && childHolds, score + childScore);
                }

                foreach (var excluded in and.Excluded)
                {
                    holds &= !Score(excluded, present, contributions, ref next).Holds;
                }

                return holds ? (true, score) : (false, 0);
            case OrQuery or:
                var (any, sum) = (false, 0.0);
                foreach (var child in or.Children)
                {
                    var (childHolds, childScore) = Score(child, present, contributions, ref next);
                    (any, sum) = (any || childHolds, childHolds ? sum + childScore : sum);
                }

                return (any, sum);
            default:
                throw new InvalidOperationException("unknown text query: " + query);
        }
    }

    private double InverseDocumentFrequency(int hits)
    {
        var idf = Math.Log((DocumentCount - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>The ids matching <paramref name="query"/>, ascending; each phrase's hits are added to <paramref name="phrases"/> in expression order.</summary>
    private int[] Evaluate(TextQuery query, IReadOnlyList<double> weights, List<PhraseHits> phrases)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                var hits = Phrase(phrase, weights);
                phrases.Add(hits);
                return hits.Ids;
            case AndQuery and:
                var result = Evaluate(and.Children[0], weights, phrases);
                foreach (var child in and.Children.Skip(1))
                {
                    result = Intersect(result, Evaluate(child, weights, phrases));
                }

                foreach (var excluded in and.Excluded)
                {
                    result = Except(result, Evaluate(excluded, weights, phrases));
                }

                return result;
            case OrQuery or:
                return or.Children.Select(c => Evaluate(c, weights, phrases)).Aggregate(Union);
            default:
                throw new InvalidOperationException("unknown text query: " + query);
        }
    }

    /// <summary>The studies holding the phrase's terms in sequence in one of its columns, with its weighted count of occurrences.</summary>
    private PhraseHits Phrase(PhraseQuery phrase, IReadOnlyList<double> weights)
    {
        var tokens = new FtsTokenizer().Tokenize(phrase.Text);
        var postings = new TermPostings[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!_terms.TryGetValue(tokens[t], out postings[t]!))
            {
                return PhraseHits.None;
            }
        }

        if (postings.Length == 0)
        {
            return PhraseHits.None;
        }

        var columns = 0;
        foreach (var column in phrase.Columns)
        {
            columns |= 1 << (int)column;
        }

        var (ids, frequencies) = (new List<int>(), new List<double>());
        var cursors = new int[postings.Length];
        var first = postings[0];
        for (var i = 0; i < first.Ids.Length; i++)
        {
            var id = first.Ids[i];
            cursors[0] = i;
            var all = true;
            for (var t = 1; t < postings.Length && all; t++)
            {
                cursors[t] = postings[t].Find(id, cursors[t]);
                all = cursors[t] >= 0;
                if (!all)
                {
                    cursors[t] = ~cursors[t];
                }
            }

            if (!all)
            {
                continue;
            }

            var frequency = 0.0;
            foreach (var (column, positions) in first.Columns(i))
            {
                if ((columns & (1 << column)) == 0)
                {
                    continue;
                }

                var count = postings.Length == 1 ? positions.Length : CountInSequence(postings, cursors, column, positions);
                frequency += count * (column < weights.Count ? weights[column] : 1.0);
            }

            if (frequency > 0 || HasInstance(postings, cursors, columns, first, i))
            {
                ids.Add(id);
                frequencies.Add(frequency);
            }
        }

        return new PhraseHits([.. ids], [.. frequencies]);
    }

    /// <summary>Whether the phrase occurs in one of <paramref name="columns"/> (for a phrase whose columns all weigh 0).</summary>
    private static bool HasInstance(TermPostings[] postings, int[] cursors, int columns, TermPostings first, int at)
    {
        foreach (var (column, positions) in first.Columns(at))
        {
            if ((columns & (1 << column)) != 0 && (postings.Length == 1 || CountInSequence(postings, cursors, column, positions) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times the phrase's terms stand in sequence in <paramref name="column"/>, starting at one of <paramref name="starts"/>.</summary>
    private static int CountInSequence(TermPostings[] postings, int[] cursors, int column, ReadOnlySpan<int> starts)
    {
        var count = 0;
        foreach (var start in starts)
        {
            var all = true;
            for (var t = 1; t < postings.Length && all; t++)
            {
                all = postings[t].Positions(cursors[t], column).BinarySearch(start + t) >= 0;
            }

            if (all)
            {
                count++;
            }
        }

        return count;
    }

    private static int[] Intersect(int[] a, int[] b)
    {
        var result = new List<int>(Math.Min(a.Length, b.Length));
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                (i, j) = (i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. result];
    }

    private static int[] Except(int[] a, int[] b)
    {
        var result = new List<int>(a.Length);
        var j = 0;
        foreach (var id in a)
        {
            while (j < b.Length && b[j] < id)
            {
                j++;
            }

            if (j >= b.Length || b[j] != id)
            {
                result.Add(id);
            }
        }

        return [.. result];
    }

    private static int[] Union(int[] a, int[] b)
    {
        var result = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                result.Add(a[i++]);
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                result.Add(b[j++]);
            }
            else
            {
                result.Add(a[i]);
                (i, j) = (i + 1, j + 1);
            }
        }

        return [.. result];
    }

    /// <summary>One phrase's matching studies, ascending, with its column-weighted count of occurrences in each.</summary>
    private sealed record PhraseHits(int[] Ids, double[] Frequencies)
    {
        public static PhraseHits None { get; } = new([], []);
    }

    /// <summary>
    /// One term's postings: the studies holding it, ascending, and for each the columns it is in with its positions
    /// there, packed in <see cref="_data"/> as [column count, (column, count, positions…)…] from <see cref="_starts"/>.
    /// </summary>
    private sealed class TermPostings(int[] ids, int[] starts, int[] data)
    {
        private readonly int[] _starts = starts;
        private readonly int[] _data = data;

        public int[] Ids { get; } = ids;

        /// <summary>The index of <paramref name="id"/> at or after <paramref name="from"/>, or the bitwise complement of where it would be.</summary>
        public int Find(int id, int from) => Array.BinarySearch(Ids, from, Ids.Length - from, id);

        public IEnumerable<(int Column, int[] Positions)> Columns(int at)
        {
            var offset = _starts[at];
            var count = _data[offset++];
            for (var c = 0; c < count; c++)
            {
                var column = _data[offset];
                var n = _data[offset + 1];
                yield return (column, _data[(offset + 2)..(offset + 2 + n)]);
                offset += 2 + n;
            }
        }

        public ReadOnlySpan<int> Positions(int at, int column)
        {
            var offset = _starts[at];
            var count = _data[offset++];
            for (var c = 0; c < count; c++)
            {
                var n = _data[offset + 1];
                if (_data[offset] == column)
                {
                    return _data.AsSpan(offset + 2, n);
                }

                offset += 2 + n;
            }

            return [];
        }
    }

    private sealed class TermBuilder
    {
        private readonly List<int> _ids = [];
        private readonly List<int> _starts = [];
        private readonly List<int> _data = [];

        /// <summary>Adds one study's occurrences of the term: <paramref name="occurrences"/>[from..to), sorted by column then position.</summary>
        public void Add(int id, List<(string Term, int Column, int Position)> occurrences, int from, int to)
        {
            _ids.Add(id);
            _starts.Add(_data.Count);
            var countAt = _data.Count;
            _data.Add(0);
            for (var i = from; i < to;)
            {
                var column = occurrences[i].Column;
                var end = i;
                while (end < to && occurrences[end].Column == column)
                {
                    end++;
                }

                _data.Add(column);
                _data.Add(end - i);
                for (var k = i; k < end; k++)
                {
                    _data.Add(occurrences[k].Position);
                }

                _data[countAt]++;
                i = end;
            }
        }

        public TermPostings Build() => new([.. _ids], [.. _starts], [.. _data]);
    }
}
