using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>filter.overallStatus and aggFilters decided on the snapshot's arrays, as <see cref="FilterCompiler"/>'s SQL decides them.</summary>
internal sealed partial class FacetSnapshot
{
    /// <summary>The agency classes funderType names, each a bit of a study's collaborator classes.</summary>
    private static readonly string[] CollaboratorClasses =
        AggregateFilters.Keys["funderType"].Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whether the snapshot holds a study with this id.</summary>
    public bool Holds(int id) => id >= 0 && id < _size && _nctRanks[id] != int.MaxValue;

    /// <summary>How many ids the arrays cover (the largest study id plus one).</summary>
    public int Size => _size;

    /// <summary>
    /// <paramref name="filter"/> as a test of a study id, deciding as the SQL of <see cref="FilterCompiler"/> does; null
    /// when the filter names NCT ids (filter.ids), which only the SQL decides.
    /// </summary>
    public Func<int, bool>? Filter(StudyFilter filter) =>
        FilterBits(filter) is { } bits ? id => id >= 0 && id < _size && (bits[id >> 6] & (1UL << (id & 63))) != 0 : null;

    /// <summary>
    /// The studies <paramref name="filter"/> keeps, as bits by id, deciding as the SQL of <see cref="FilterCompiler"/>
    /// does; null when the filter names NCT ids (filter.ids), which only the SQL decides. A pass over the arrays per
    /// test, so that a search tests a bit per hit.
    /// </summary>
    public ulong[]? FilterBits(StudyFilter filter)
    {
        if (filter.Ids.Count > 0)
        {
            return null;
        }

        var bits = (ulong[])ValueBits.Held.Clone();
        if (filter.OverallStatus.Count > 0)
        {
            And(bits, Codes("status", filter.OverallStatus));
        }

        foreach (var (key, values) in filter.Aggregates)
        {
            var stored = values.SelectMany(v => AggregateFilters.Keys[key][v]).Distinct(StringComparer.Ordinal).ToList();
            And(bits, key switch
            {
                "phase" => Any(ValueBits.Phases, Mask(_phaseNames, stored)),
                "studyType" or "status" or "results" => Codes(key, stored),
                "healthy" => Codes("healthy", ["1"]),
                "sex" => Codes("sex", [.. stored, "ALL"]),
                "ages" => Any(ValueBits.Ages, Mask(Ages, stored)),
                "funderType" => Either(Codes("funderType", stored), Any(ValueBits.Collaborators, Mask(CollaboratorClasses, stored))),
                _ => throw new SearchException("aggFilters", $"unknown key '{key}'"),
            });
        }

        return bits;
    }

    /// <summary>The studies whose single-valued column <paramref name="key"/> holds one of <paramref name="accepted"/> (SQL IN: exact text, NULL never).</summary>
    private ulong[] Codes(string key, IReadOnlyList<string> accepted)
    {
        var column = Array.FindIndex(Columns, c => c.Key == key);
        var values = _values[column];
        var bits = new ulong[(_size + 63) >> 6];
        for (var i = 0; i < values.Length; i++)
        {
            if (accepted.Contains(values[i], StringComparer.Ordinal))
            {
                Either(bits, ValueBits.Codes[column][i + 1]);
            }
        }

        return bits;
    }

    /// <summary>The bits of <paramref name="names"/> that <paramref name="accepted"/> names.</summary>
    private static ulong Mask(string[] names, IReadOnlyList<string> accepted)
    {
        var mask = 0UL;
        for (var i = 0; i < names.Length; i++)
        {
            mask |= accepted.Contains(names[i], StringComparer.Ordinal) ? 1UL << i : 0;
        }

        return mask;
    }

    /// <summary>The studies with any of the flags <paramref name="mask"/> names, from each flag's studies.</summary>
    private ulong[] Any(ulong[][] flags, ulong mask)
    {
        var bits = new ulong[(_size + 63) >> 6];
        for (var i = 0; i < flags.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                Either(bits, flags[i]);
            }
        }

        return bits;
    }

    private FilterBitsIndex? _valueBits;

    /// <summary>The studies of every value a filter can name, as bits: built once per snapshot (a few megabytes).</summary>
    internal FilterBitsIndex ValueBits => LazyInitializer.EnsureInitialized(ref _valueBits, () => new FilterBitsIndex(this));

    /// <summary>For each value of each filterable array, the studies holding it, as bits by id.</summary>
    internal sealed class FilterBitsIndex
    {
        public FilterBitsIndex(FacetSnapshot snapshot)
        {
            var (size, words) = (snapshot._size, (snapshot._size + 63) >> 6);
            Held = new ulong[words];
            for (var id = 0; id < size; id++)
            {
                Held[id >> 6] |= snapshot._nctRanks[id] != int.MaxValue ? 1UL << (id & 63) : 0;
            }

            Codes = new ulong[snapshot._codes.Length][][];
            for (var c = 0; c < Codes.Length; c++)
            {
                var codes = snapshot._codes[c];
                var bits = Codes[c] = Enumerable.Range(0, snapshot._values[c].Length + 1).Select(_ => new ulong[words]).ToArray();
                for (var id = 0; id < size; id++)
                {
                    bits[codes[id]][id >> 6] |= 1UL << (id & 63);
                }
            }

            Phases = Flags(snapshot._phases, snapshot._phaseNames.Length, size, words);
            Ages = Flags(snapshot._ages, FacetSnapshot.Ages.Length, size, words);
            Collaborators = Flags(snapshot._collaborators, CollaboratorClasses.Length, size, words);
        }

        /// <summary>The studies the snapshot holds.</summary>
        public ulong[] Held { get; }

        /// <summary>Per single-valued column, per code (0 = none, else 1 + value index).</summary>
        public ulong[][][] Codes { get; }

        public ulong[][] Phases { get; }

        public ulong[][] Ages { get; }

        public ulong[][] Collaborators { get; }

        public long Bytes => 8L * Held.Length * (1 + Codes.Sum(c => c.Length) + Phases.Length + Ages.Length + Collaborators.Length);

        private static ulong[][] Flags<T>(T[] values, int count, int size, int words)
            where T : System.Numerics.IBinaryInteger<T>
        {
            var flags = Enumerable.Range(0, count).Select(_ => new ulong[words]).ToArray();
            for (var id = 0; id < size; id++)
            {
                for (var value = ulong.CreateTruncating(values[id]); value != 0; value &= value - 1)
                {
                    var flag = System.Numerics.BitOperations.TrailingZeroCount(value);
                    if (flag < count)
                    {
                        flags[flag][id >> 6] |= 1UL << (id & 63);
                    }
                }
            }

            return flags;
        }
    }

    private static void And(ulong[] bits, ulong[] other)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            bits[w] &= other[w];
        }
    }

    private static ulong[] Either(ulong[] first, ulong[] second)
    {
        for (var w = 0; w < first.Length; w++)
        {
            first[w] |= second[w];
        }

        return first;
    }
}
