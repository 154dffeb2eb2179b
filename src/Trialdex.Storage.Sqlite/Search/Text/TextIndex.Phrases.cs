using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>Reading one phrase's hits and counts from the postings, and keeping them for a request.</summary>
internal sealed partial class TextIndex
{
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
        public int Count => _count >= 0 ? _count : _count = BitSets.Count(Bits);

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
            var data = postings.Studies;
            var (offset, id) = (0, -1);
            _count = -1;
            if (!counts)
            {
                while (offset < data.Length)
                {
                    id += PostingCursor.ReadVarint(data, ref offset);
                    PostingCursor.ReadVarint(data, ref offset);
                    bits[id >> 6] |= 1UL << (id & 63);
                }

                return;
            }

            var frequencies = _frequencies ??= Pool.Rent(size);
            AddCounts(data, weight, bits, frequencies);
        }

        /// <summary>
        /// The hot loop: every study of the postings set in <paramref name="bits"/>, and <paramref name="weight"/>
        /// added to its frequency once per occurrence. Writes without bounds checks once the id is checked against
        /// both arrays: this loop is most of a broad search's time.
        /// </summary>
        private static void AddCounts(ReadOnlySpan<byte> data, double weight, ulong[] bits, double[] frequencies)
        {
            if (data.IsEmpty)
            {
                return;
            }

            ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data);
            ref var firstWord = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(bits);
            ref var firstFrequency = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(frequencies);
            var (offset, id, length, limit) = (0, -1, data.Length, (uint)Math.Min(frequencies.Length, bits.Length << 6));
            while (offset < length)
            {
                // Nearly every study holds a word once, and ids close together: two one-byte numbers.
                uint gap = System.Runtime.CompilerServices.Unsafe.Add(ref start, offset), count;
                if (gap < 0x80 && offset + 1 < length && (count = System.Runtime.CompilerServices.Unsafe.Add(ref start, offset + 1)) < 0x80)
                {
                    offset += 2;
                }
                else
                {
                    gap = (uint)PostingCursor.ReadVarint(data, ref offset);
                    count = (uint)PostingCursor.ReadVarint(data, ref offset);
                }

                id += (int)gap;
                if ((uint)id >= limit)
                {
                    throw new InvalidOperationException($"a posting names study {id}, beyond the index's {limit}");
                }

                System.Runtime.CompilerServices.Unsafe.Add(ref firstWord, id >> 6) |= 1UL << (id & 63);
                ref var frequency = ref System.Runtime.CompilerServices.Unsafe.Add(ref firstFrequency, id);
                var sum = frequency + weight;
                for (; count > 1; count--)
                {
                    sum += weight;
                }

                frequency = sum;
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
