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

    private readonly Dictionary<string, TermPostings[]> _terms;
    private readonly int[] _lengths;
    private readonly double _averageLength;

    /// <summary>For the terms that many studies hold: the studies holding the term in any column, as bits by id.</summary>
    private readonly Dictionary<string, ulong[]> _anywhere;

    private TextIndex(Dictionary<string, TermPostings[]> terms, int[] lengths, int documents, long tokens)
    {
        (_terms, _lengths, DocumentCount, _averageLength) = (terms, lengths, documents, documents == 0 ? 0 : (double)tokens / documents);
        _anywhere = Anywhere(terms, lengths.Length, documents);
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
    public long Bytes => (4L * _lengths.Length) + _terms.Sum(t => 48 + (2L * t.Key.Length) + t.Value.Sum(p => p.Bytes)) + _anywhere.Sum(a => 8L * a.Value.Length);

    /// <summary>Indexes each study's text under its id (the study_fts rowid); <paramref name="studies"/> come in ascending id order.</summary>
    public static TextIndex Build(IEnumerable<(int Id, StudyText Text)> studies) => Build(studies, s => s, 1);

    /// <summary>
    /// Indexes the studies <paramref name="read"/> makes of <paramref name="sources"/> (in ascending id order), reading
    /// and tokenizing on <paramref name="threads"/> threads while one thread adds to the postings in order.
    /// </summary>
    public static TextIndex Build<T>(IEnumerable<T> sources, Func<T, (int Id, StudyText Text)> read, int threads)
    {
        // Terms are looked up on the reading threads; the one adding thread only appends to postings.
        var terms = new System.Collections.Concurrent.ConcurrentDictionary<string, TermColumns>(StringComparer.Ordinal);
        var lengths = new List<int>();
        var (documents, tokens, previous) = (0, 0L, -1);
        using var scratch = new ThreadLocal<Scratch>(() => new Scratch());
        var tokenized = threads <= 1
            ? sources.Select(s => Tokenize(read(s), terms, scratch.Value!))
            : sources.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(s => Tokenize(read(s), terms, scratch.Value!));
        var positions = new List<int>();
        foreach (var (id, length, occurrences) in tokenized)
        {
            if (id <= previous)
            {
                throw new ArgumentException($"study ids must ascend: {id} after {previous}", nameof(sources));
            }

            previous = id;
            for (var i = 0; i < occurrences.Length;)
            {
                var (term, column, _) = occurrences[i];
                positions.Clear();
                var end = i;
                while (end < occurrences.Length && occurrences[end].Column == column && occurrences[end].Term == term)
                {
                    positions.Add(occurrences[end].Position);
                    end++;
                }

                term.In(column).Add(id, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions));
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

        var packed = new Dictionary<string, TermPostings[]>(terms.Count, StringComparer.Ordinal);
        foreach (var (term, columns) in terms)
        {
            packed[term] = columns.Packed();
        }

        return new TextIndex(packed, [.. lengths], documents, tokens);
    }

    /// <summary>
    /// A study's tokens as (term, column, position), grouped by term in order of first appearance, each term's in
    /// column then position order (a stable counting sort of the tokens in text order), and its length in tokens.
    /// </summary>
    private static (int Id, int Length, (TermColumns Term, int Column, int Position)[] Occurrences) Tokenize(
        (int Id, StudyText Text) study, System.Collections.Concurrent.ConcurrentDictionary<string, TermColumns> terms, Scratch scratch)
    {
        var (first, order, tokens) = (scratch.FirstSeen, scratch.Order, scratch.Tokens);
        first.Clear();
        order.Clear();
        for (var column = 0; column < study.Text.Values.Count; column++)
        {
            tokens.Clear();
            scratch.Tokenizer.Tokenize(study.Text.Values[column], tokens);
            for (var position = 0; position < tokens.Count; position++)
            {
                if (!first.TryGetValue(tokens[position], out var index))
                {
                    first[tokens[position]] = index = first.Count;
                }

                order.Add((index, column, position));
            }
        }

        var starts = new int[first.Count + 1];
        foreach (var (index, _, _) in order)
        {
            starts[index + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var entries = new TermColumns[first.Count];
        foreach (var (term, index) in first)
        {
            entries[index] = terms.GetOrAdd(term, static _ => new TermColumns());
        }

        var occurrences = new (TermColumns Term, int Column, int Position)[order.Count];
        foreach (var (index, column, position) in order)
        {
            occurrences[starts[index]++] = (entries[index], column, position);
        }

        return (study.Id, order.Count, occurrences);
    }

    /// <summary>One term's postings by column while the index is being built (only the adding thread touches them).</summary>
    private sealed class TermColumns
    {
        private readonly List<TermPostings> _columns = new(1);

        public TermPostings In(int column)
        {
            foreach (var postings in _columns)
            {
                if (postings.Column == column)
                {
                    return postings;
                }
            }

            var added = new TermPostings(column);
            _columns.Add(added);
            return added;
        }

        public TermPostings[] Packed()
        {
            _columns.ForEach(p => p.Trim());
            return [.. _columns.OrderBy(p => p.Column)];
        }
    }

    /// <summary>One thread's reusable tokenizing state.</summary>
    private sealed class Scratch
    {
        public FtsTokenizer Tokenizer { get; } = new();

        public Dictionary<string, int> FirstSeen { get; } = new(StringComparer.Ordinal);

        public List<(int Index, int Column, int Position)> Order { get; } = [];

        public List<string> Tokens { get; } = [];
    }

    /// <summary>
    /// The studies matching <paramref name="query"/>, ascending, each with the score FTS5 gives it as
    /// <c>-bm25(study_fts, weights…)</c> for the same MATCH expression (<paramref name="weights"/> in column order).
    /// As in FTS5, a phrase adds to a study's score only when every AND and NOT above it holds for that study.
    /// </summary>
    public (int[] Ids, double[] Scores) Search(TextQuery query, IReadOnlyList<double> weights, Func<int, bool>? keep = null, Memo? memo = null)
    {
        var phrases = new List<PhraseHits>();
        memo = memo?.Weights == weights ? memo : null;
        try
        {
            var ids = Ids(Evaluate(query, weights, phrases, counts: true, memo));
            if (keep is not null)
            {
                ids = Array.FindAll(ids, id => keep(id));
            }

            var idf = phrases.Select(p => InverseDocumentFrequency(p.Count)).ToArray();
            var present = new bool[phrases.Count];
            var counted = new bool[phrases.Count];
            var scores = new double[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                var id = ids[i];
                for (var p = 0; p < phrases.Count; p++)
                {
                    present[p] = phrases[p].Holds(id);
                }

                var next = 0;
                Holds(query, present, counted, ref next);

                // FTS5's arithmetic, in its order, so that the scores are the very same numbers.
                var norm = K1 * (1 - B + (B * _lengths[id] / _averageLength));
                var score = 0.0;
                for (var p = 0; p < phrases.Count; p++)
                {
                    var frequency = counted[p] ? phrases[p].Frequencies[id] : 0.0;
                    score += idf[p] * (frequency * (K1 + 1.0) / (frequency + norm));
                }

                scores[i] = score;
            }

            return (ids, scores);
        }
        finally
        {
            if (memo is null)
            {
                phrases.ForEach(p => p.Dispose());
            }
        }
    }

    /// <summary>The studies matching <paramref name="query"/>, ascending (no scores); phrases already read into <paramref name="memo"/> are not read again.</summary>
    public int[] Matches(TextQuery query, Memo? memo = null)
    {
        var phrases = new List<PhraseHits>();
        try
        {
            return Ids(Evaluate(query, memo?.Weights ?? [], phrases, counts: false, memo));
        }
        finally
        {
            if (memo is null)
            {
                phrases.ForEach(p => p.Dispose());
            }
        }
    }

    /// <summary>A memo for one request's searches, scored with <paramref name="weights"/>: each phrase is read once.</summary>
    public Memo NewMemo(IReadOnlyList<double> weights) => new(weights);

    /// <summary>
    /// The phrases one request has read, so that its selection and its ranking (which share most of their phrases)
    /// read each once; valid for the one weight vector it was made with. Returns the counts' pooled arrays when disposed.
    /// </summary>
    public sealed class Memo(IReadOnlyList<double> weights) : IDisposable
    {
        private readonly Dictionary<(string Text, int Columns), PhraseHits> _phrases = [];

        public IReadOnlyList<double> Weights { get; } = weights;

        internal PhraseHits? Find(string text, int columns, bool counts) =>
            _phrases.TryGetValue((text, columns), out var hits) && (!counts || hits.HasCounts) ? hits : null;

        internal void Keep(string text, int columns, PhraseHits hits)
        {
            if (!_phrases.TryGetValue((text, columns), out var held) || (hits.HasCounts && !held.HasCounts))
            {
                // A replaced entry without counts holds no pooled array; nothing to return.
                _phrases[(text, columns)] = hits;
            }
        }

        public void Dispose()
        {
            foreach (var hits in _phrases.Values)
            {
                hits.Dispose();
            }

            _phrases.Clear();
        }
    }

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

    /// <summary>The studies matching <paramref name="query"/> as bits by id; each phrase's hits are added to <paramref name="phrases"/> in expression order.</summary>
    private ulong[] Evaluate(TextQuery query, IReadOnlyList<double> weights, List<PhraseHits> phrases, bool counts, Memo? memo)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                var hits = Phrase(phrase, weights, counts, memo);
                phrases.Add(hits);
                return hits.Bits;
            case AndQuery and:
                var result = (ulong[])Evaluate(and.Children[0], weights, phrases, counts, memo).Clone();
                foreach (var child in and.Children.Skip(1))
                {
                    var bits = Evaluate(child, weights, phrases, counts, memo);
                    for (var w = 0; w < result.Length; w++)
                    {
                        result[w] &= bits[w];
                    }
                }

                foreach (var excluded in and.Excluded)
                {
                    var bits = Evaluate(excluded, weights, phrases, counts: false, memo);
                    for (var w = 0; w < result.Length; w++)
                    {
                        result[w] &= ~bits[w];
                    }
                }

                return result;
            case OrQuery or:
                var any = new ulong[Words];
                foreach (var child in or.Children)
                {
                    var bits = Evaluate(child, weights, phrases, counts, memo);
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
        var count = 0;
        foreach (var word in bits)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        var ids = new int[count];
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

    /// <summary>The studies holding the phrase's terms in sequence in one of its columns, with its weighted count of occurrences.</summary>
    private PhraseHits Phrase(PhraseQuery phrase, IReadOnlyList<double> weights, bool counts, Memo? memo)
    {
        var mask = 0;
        foreach (var column in phrase.Columns)
        {
            mask |= 1 << (int)column;
        }

        if (memo?.Find(phrase.Text, mask, counts) is { } known)
        {
            return known;
        }

        var read = Phrase(phrase, weights, counts);
        memo?.Keep(phrase.Text, mask, read);
        return read;
    }

    private PhraseHits Phrase(PhraseQuery phrase, IReadOnlyList<double> weights, bool counts)
    {
        var hits = new PhraseHits(_lengths.Length, counts);
        var tokens = new FtsTokenizer().Tokenize(phrase.Text);
        var postings = new TermPostings[tokens.Count][];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!_terms.TryGetValue(tokens[t], out postings[t]!))
            {
                return hits;
            }
        }

        var columns = 0;
        foreach (var column in phrase.Columns)
        {
            columns |= 1 << (int)column;
        }

        if (!counts && tokens.Count == 1 && columns == (1 << StudyText.Fields.Count) - 1 && _anywhere.TryGetValue(tokens[0], out var everywhere))
        {
            return PhraseHits.Of(everywhere, counts);
        }

        // Column by column in ascending order, so each study's weights add up in FTS5's order.
        foreach (var first in postings.FirstOrDefault() ?? [])
        {
            var weight = first.Column < weights.Count ? weights[first.Column] : 1.0;
            if ((columns & (1 << first.Column)) == 0)
            {
                continue;
            }

            if (postings.Length == 1)
            {
                hits.AddAll(first, weight);
            }
            else if (postings.Skip(1).Select(p => Array.Find(p, c => c.Column == first.Column)).ToArray() is var rest && rest.All(p => p is not null))
            {
                Sequence([first, .. rest!], weight, hits);
            }
        }

        return hits;
    }

    /// <summary>The studies where the terms of <paramref name="postings"/> (one column's) stand one after another, and how often.</summary>
    private static void Sequence(TermPostings[] postings, double weight, PhraseHits hits)
    {
        var cursors = postings.Select(p => p.Cursor()).ToArray();
        var positions = postings.Select(_ => new List<int>()).ToArray();
        while (cursors[0].Next(withPositions: true))
        {
            var id = cursors[0].Id;
            var all = true;
            for (var t = 1; t < cursors.Length; t++)
            {
                if (!cursors[t].SkipTo(id))
                {
                    return;
                }

                all &= cursors[t].Id == id;
            }

            if (!all)
            {
                continue;
            }

            for (var t = 0; t < cursors.Length; t++)
            {
                positions[t].Clear();
                for (var k = 0; k < cursors[t].Count; k++)
                {
                    positions[t].Add(cursors[t].NextPosition());
                }
            }

            var count = 0;
            foreach (var start in positions[0])
            {
                var follows = true;
                for (var t = 1; t < cursors.Length && follows; t++)
                {
                    follows = positions[t].BinarySearch(start + t) >= 0;
                }

                count += follows ? 1 : 0;
            }

            if (count > 0)
            {
                hits.Add(id, count, weight);
            }
        }
    }

    /// <summary>
    /// One phrase's matching studies as bits by id, with its column-weighted count of occurrences in each (FTS5's
    /// frequency: the column's weight added once per occurrence). The counts live in a pooled array, cleared and
    /// returned by <see cref="Dispose"/>.
    /// </summary>
    internal sealed class PhraseHits(int size, bool counts) : IDisposable
    {
        private double[]? _frequencies;
        private int _count = -1;

        public ulong[] Bits { get; private init; } = new ulong[(size + 63) >> 6];

        public double[] Frequencies => _frequencies ?? [];

        /// <summary>How many studies the phrase matches (its document frequency).</summary>
        public int Count => _count >= 0 ? _count : _count = (int)Bits.Sum(w => (long)System.Numerics.BitOperations.PopCount(w));

        /// <summary>Whether the hits carry their counts (for scoring), not only their bits.</summary>
        public bool HasCounts => counts;

        /// <summary>Hits with no counts from bits already known (shared: never changed).</summary>
        public static PhraseHits Of(ulong[] bits, bool counts) => new(0, counts) { Bits = bits };

        public bool Holds(int id) => (Bits[id >> 6] & (1UL << (id & 63))) != 0;

        /// <summary>Adds <paramref name="count"/> occurrences in a column of weight <paramref name="weight"/> (FTS5 adds the weight once per occurrence).</summary>
        public void Add(int id, int count, double weight)
        {
            Bits[id >> 6] |= 1UL << (id & 63);
            _count = -1;
            if (counts)
            {
                _frequencies ??= Pool.Rent(size);
                for (var k = 0; k < count; k++)
                {
                    _frequencies[id] += weight;
                }
            }
        }

        /// <summary>Adds every study of one column's postings of a word (the hot loop of a search).</summary>
        public void AddAll(TermPostings postings, double weight)
        {
            var bits = Bits;
            var cursor = postings.Cursor();
            _count = -1;
            if (!counts)
            {
                while (cursor.Next())
                {
                    bits[cursor.Id >> 6] |= 1UL << (cursor.Id & 63);
                }

                return;
            }

            var frequencies = _frequencies ??= Pool.Rent(size);
            while (cursor.Next())
            {
                var id = cursor.Id;
                bits[id >> 6] |= 1UL << (id & 63);
                var frequency = frequencies[id];
                for (var k = cursor.Count; k > 0; k--)
                {
                    frequency += weight;
                }

                frequencies[id] = frequency;
            }
        }

        public void Dispose()
        {
            if (_frequencies is null)
            {
                return;
            }

            // Cleared where used (or whole, when that is most of it), so that every rented array is all zeros.
            if (Count > size / 16)
            {
                Array.Clear(_frequencies, 0, size);
            }
            else
            {
                for (var w = 0; w < Bits.Length; w++)
                {
                    for (var word = Bits[w]; word != 0; word &= word - 1)
                    {
                        _frequencies[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word)] = 0;
                    }
                }
            }

            Pool.Return(_frequencies);
            _frequencies = null;
        }

        /// <summary>Arrays of counts, only ever returned cleared (so a rented one is all zeros); a pool of our own, so nothing else returns dirty ones.</summary>
        private static readonly System.Buffers.ArrayPool<double> Pool = System.Buffers.ArrayPool<double>.Create(1 << 22, 16);
    }
}
