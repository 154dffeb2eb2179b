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
    public Func<int, bool>? Filter(StudyFilter filter)
    {
        if (filter.Ids.Count > 0)
        {
            return null;
        }

        var tests = new List<Func<int, bool>>();
        if (filter.OverallStatus.Count > 0)
        {
            tests.Add(Codes("status", filter.OverallStatus));
        }

        foreach (var (key, values) in filter.Aggregates)
        {
            var stored = values.SelectMany(v => AggregateFilters.Keys[key][v]).Distinct(StringComparer.Ordinal).ToList();
            tests.Add(key switch
            {
                "phase" => Bits(_phases, _phaseNames, stored),
                "studyType" or "status" or "results" => Codes(key, stored),
                "healthy" => Codes("healthy", ["1"]),
                "sex" => Codes("sex", [.. stored, "ALL"]),
                "ages" => Bits(_ages, Ages, stored),
                "funderType" => Either(Codes("funderType", stored), Bits(_collaborators, CollaboratorClasses, stored)),
                _ => throw new SearchException("aggFilters", $"unknown key '{key}'"),
            });
        }

        return id => Holds(id) && tests.TrueForAll(test => test(id));
    }

    /// <summary>The single-valued column <paramref name="key"/> holds one of <paramref name="accepted"/> (SQL IN: exact text, NULL never).</summary>
    private Func<int, bool> Codes(string key, IReadOnlyList<string> accepted)
    {
        var column = Array.FindIndex(Columns, c => c.Key == key);
        var allowed = new bool[_values[column].Length + 1];
        for (var i = 0; i < _values[column].Length; i++)
        {
            allowed[i + 1] = accepted.Contains(_values[column][i], StringComparer.Ordinal);
        }

        var codes = _codes[column];
        return id => allowed[codes[id]];
    }

    /// <summary>Any of the bits named by <paramref name="accepted"/> is set.</summary>
    private static Func<int, bool> Bits<T>(T[] bits, string[] names, IReadOnlyList<string> accepted)
        where T : System.Numerics.IBinaryInteger<T>
    {
        var mask = 0UL;
        for (var i = 0; i < names.Length; i++)
        {
            mask |= accepted.Contains(names[i], StringComparer.Ordinal) ? 1UL << i : 0;
        }

        return id => (ulong.CreateTruncating(bits[id]) & mask) != 0;
    }

    private static Func<int, bool> Either(Func<int, bool> first, Func<int, bool> second) => id => first(id) || second(id);
}
