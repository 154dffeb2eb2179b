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

        var bits = new ulong[(_size + 63) >> 6];
        for (var id = 0; id < _size; id++)
        {
            bits[id >> 6] |= _nctRanks[id] != int.MaxValue ? 1UL << (id & 63) : 0;
        }

        if (filter.OverallStatus.Count > 0)
        {
            And(bits, Codes("status", filter.OverallStatus));
        }

        foreach (var (key, values) in filter.Aggregates)
        {
            var stored = values.SelectMany(v => AggregateFilters.Keys[key][v]).Distinct(StringComparer.Ordinal).ToList();
            And(bits, key switch
            {
                "phase" => Where(_phases, Mask(_phaseNames, stored)),
                "studyType" or "status" or "results" => Codes(key, stored),
                "healthy" => Codes("healthy", ["1"]),
                "sex" => Codes("sex", [.. stored, "ALL"]),
                "ages" => Where(_ages, Mask(Ages, stored)),
                "funderType" => Either(Codes("funderType", stored), Where(_collaborators, Mask(CollaboratorClasses, stored))),
                _ => throw new SearchException("aggFilters", $"unknown key '{key}'"),
            });
        }

        return bits;
    }

    /// <summary>The studies whose single-valued column <paramref name="key"/> holds one of <paramref name="accepted"/> (SQL IN: exact text, NULL never).</summary>
    private ulong[] Codes(string key, IReadOnlyList<string> accepted)
    {
        var column = Array.FindIndex(Columns, c => c.Key == key);
        var allowed = new bool[_values[column].Length + 1];
        for (var i = 0; i < _values[column].Length; i++)
        {
            allowed[i + 1] = accepted.Contains(_values[column][i], StringComparer.Ordinal);
        }

        var codes = _codes[column];
        var bits = new ulong[(_size + 63) >> 6];
        for (var id = 0; id < _size; id++)
        {
            bits[id >> 6] |= allowed[codes[id]] ? 1UL << (id & 63) : 0;
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

    /// <summary>The studies whose value has any bit of <paramref name="mask"/>.</summary>
    private ulong[] Where<T>(T[] values, ulong mask)
        where T : System.Numerics.IBinaryInteger<T>
    {
        var bits = new ulong[(_size + 63) >> 6];
        for (var id = 0; id < _size; id++)
        {
            var value = ulong.CreateTruncating(values[id]);
            bits[id >> 6] |= (value & mask) != 0 ? 1UL << (id & 63) : 0;
        }

        return bits;
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
