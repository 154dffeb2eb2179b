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

    /// <summary>The number of distinct terms.</summary>
    public int TermCount => _terms.Count;

    /// <summary>Indexes each study's text under its id (the study_fts rowid); <paramref name="studies"/> come in ascending id order.</summary>
    public static TextIndex Build(IEnumerable<(int Id, StudyText Text)> studies) => Build(studies, s => s, 1);

    /// <summary>
    /// Indexes the studies <paramref name="read"/> makes of <paramref name="sources"/> (in ascending id order), reading
    /// and tokenizing on <paramref name="threads"/> threads while one thread adds to the postings in order.
    /// </summary>
    public static TextIndex Build<T>(IEnumerable<T> sources, Func<T, (int Id, StudyText Text)> read, int threads)
    {
        var terms = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        var lengths = new List<int>();
        var (documents, tokens, previous) = (0, 0L, -1);
        using var tokenizers = new ThreadLocal<FtsTokenizer>(() => new FtsTokenizer());
        var tokenized = threads <= 1
            ? sources.Select(s => Tokenize(read(s), tokenizers.Value!))
            : sources.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(s => Tokenize(read(s), tokenizers.Value!));
        foreach (var (id, length, occurrences) in tokenized)
        {
            if (id <= previous)
            {
                throw new ArgumentException($"study ids must ascend: {id} after {previous}", nameof(sources));
            }

            previous = id;
            var span = occurrences.AsSpan();
            var positions = new (int Column, int Position)[span.Length];
            for (var i = 0; i < span.Length;)
            {
                var term = span[i].Term;
                var end = i;
                while (end < span.Length && span[end].Term == term)
                {
                    positions[end - i] = (span[end].Column, span[end].Position);
                    end++;
                }

                if (!terms.TryGetValue(term, out var postings))
                {
                    terms[term] = postings = new TermPostings();
                }

                postings.Add(id, positions.AsSpan(0, end - i));
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

        foreach (var postings in terms.Values)
        {
            postings.Trim();
        }

        return new TextIndex(terms, [.. lengths], documents, tokens);
    }

    /// <summary>A study's tokens as (term, column, position), sorted by term, column and position, and its length in tokens.</summary>
    private static (int Id, int Length, (string Term, int Column, int Position)[] Occurrences) Tokenize((int Id, StudyText Text) study, FtsTokenizer tokenizer)
    {
        var occurrences = new List<(string Term, int Column, int Position)>();
        var terms = new List<string>();
        for (var column = 0; column < study.Text.Values.Count; column++)
        {
            terms.Clear();
            tokenizer.Tokenize(study.Text.Values[column], terms);
            for (var position = 0; position < terms.Count; position++)
            {
                occurrences.Add((terms[position], column, position));
            }
        }

        var sorted = occurrences.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Term, b.Term) is var byTerm and not 0 ? byTerm
            : a.Column != b.Column ? a.Column.CompareTo(b.Column) : a.Position.CompareTo(b.Position));
        return (study.Id, sorted.Length, sorted);
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
        var present = new bool[phrases.Count];
        var counted = new bool[phrases.Count];
        var scores = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            for (var p = 0; p < phrases.Count; p++)
            {
                var hits = phrases[p].Ids;
                var at = cursors[p];
                while (at < hits.Length && hits[at] < id)
                {
                    at++;
                }

                cursors[p] = at;
                present[p] = at < hits.Length && hits[at] == id;
            }

            var next = 0;
            Holds(query, present, counted, ref next);

            // FTS5's arithmetic, in its order, so that the scores are the very same numbers.
            var norm = K1 * (1 - B + (B * _lengths[id] / _averageLength));
            var score = 0.0;
            for (var p = 0; p < phrases.Count; p++)
            {
                var frequency = counted[p] ? phrases[p].Frequencies[cursors[p]] : 0.0;
                score += idf[p] * (frequency * (K1 + 1.0) / (frequency + norm));
            }

            scores[i] = score;
        }

        return (ids, scores);
    }

    /// <summary>The studies matching <paramref name="query"/>, ascending (no scores).</summary>
    public int[] Matches(TextQuery query) => Evaluate(query, [], []);

    /// <summary>
    /// Whether <paramref name="query"/> holds for one study, marking in <paramref name="counted"/> the phrases that
    /// add to its score: present, and under no AND or NOT that fails for it (FTS5 clears those phrases' positions).
    /// Phrases are numbered in <see cref="Evaluate"/>'s order, so a subtree's phrases are one run of numbers.
    /// </summary>
    private static bool Holds(TextQuery query, bool[] present, bool[] counted, ref int next)
    {
        var first = next;
        bool holds;
        switch (query)
        {
            case PhraseQuery:
                holds = counted[next] = present[next];
                next++;
                return holds;
            case AndQuery and:
                holds = true;
                foreach (var child in and.Children)
                {
                    holds &= Holds(child, present, counted, ref next);
                }

                foreach (var excluded in and.Excluded)
                {
                    holds &= !Holds(excluded, present, counted, ref next);
                }

                break;
            case OrQuery or:
                holds = false;
                foreach (var child in or.Children)
                {
                    holds |= Holds(child, present, counted, ref next);
                }

                break;
            default:
                throw new InvalidOperationException("unknown text query: " + query);
        }

        if (!holds)
        {
            Array.Clear(counted, first, next - first);
        }

        return holds;
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

        var columns = 0;
        foreach (var column in phrase.Columns)
        {
            columns |= 1 << (int)column;
        }

        var weight = new double[StudyText.Fields.Count];
        for (var c = 0; c < weight.Length; c++)
        {
            weight[c] = c < weights.Count ? weights[c] : 1.0;
        }

        return postings.Length switch
        {
            0 => PhraseHits.None,
            1 => Word(postings[0], columns, weight),
            _ => Sequence(postings, columns, weight),
        };
    }

    /// <summary>A one-term phrase: every study holding the term in one of <paramref name="columns"/>.</summary>
    private static PhraseHits Word(TermPostings postings, int columns, double[] weight)
    {
        var (ids, frequencies) = (new List<int>(postings.Count), new List<double>(postings.Count));
        var cursor = postings.Cursor();
        while (cursor.NextStudy())
        {
            var (present, frequency) = (false, 0.0);
            while (cursor.NextColumn(out var column, out var count))
            {
                if ((columns & (1 << column)) != 0)
                {
                    present = true;
                    for (var k = 0; k < count; k++)
                    {
                        frequency += weight[column];
                    }
                }
            }

            if (present)
            {
                ids.Add(cursor.Id);
                frequencies.Add(frequency);
            }
        }

        return new PhraseHits([.. ids], [.. frequencies]);
    }

    /// <summary>A phrase of several terms: the studies where they stand one after another in one of <paramref name="columns"/>.</summary>
    private static PhraseHits Sequence(TermPostings[] postings, int columns, double[] weight)
    {
        var (ids, frequencies) = (new List<int>(), new List<double>());
        var cursors = postings.Select(p => p.Cursor()).ToArray();
        var positions = new List<int>[postings.Length, weight.Length];
        for (var t = 0; t < postings.Length; t++)
        {
            for (var c = 0; c < weight.Length; c++)
            {
                positions[t, c] = [];
            }
        }

        while (cursors[0].NextStudy())
        {
            var id = cursors[0].Id;
            var all = true;
            for (var t = 1; t < cursors.Length; t++)
            {
                if (!cursors[t].SkipTo(id))
                {
                    return new PhraseHits([.. ids], [.. frequencies]);
                }

                all &= cursors[t].Id == id;
            }

            if (!all)
            {
                continue;
            }

            for (var t = 0; t < cursors.Length; t++)
            {
                for (var c = 0; c < weight.Length; c++)
                {
                    positions[t, c].Clear();
                }

                while (cursors[t].NextColumn(out var column, out var count))
                {
                    for (var k = 0; k < count; k++)
                    {
                        var position = cursors[t].NextPosition();
                        if ((columns & (1 << column)) != 0)
                        {
                            positions[t, column].Add(position);
                        }
                    }
                }
            }

            var (present, frequency) = (false, 0.0);
            for (var c = 0; c < weight.Length; c++)
            {
                var count = 0;
                foreach (var start in positions[0, c])
                {
                    var follows = true;
                    for (var t = 1; t < cursors.Length && follows; t++)
                    {
                        follows = positions[t, c].BinarySearch(start + t) >= 0;
                    }

                    count += follows ? 1 : 0;
                }

                if (count > 0)
                {
                    present = true;
                    for (var k = 0; k < count; k++)
                    {
                        frequency += weight[c];
                    }
                }
            }

            if (present)
            {
                ids.Add(id);
                frequencies.Add(frequency);
            }
        }

        return new PhraseHits([.. ids], [.. frequencies]);
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
}
