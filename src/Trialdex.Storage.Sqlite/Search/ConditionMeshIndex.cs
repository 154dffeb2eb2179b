using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// The studies each condition MeSH term is indexed to (its headings and ancestors, by name folded as SQLite's NOCASE
/// folds — ASCII letters only — and by descriptor id), so that a <see cref="ConditionExpansion"/> of hundreds of
/// descendants is a union of arrays in memory. Immutable once built.
/// </summary>
internal sealed class ConditionMeshIndex
{
    private readonly Dictionary<string, int[]> _byName;
    private readonly Dictionary<string, int[]> _byId;

    /// <summary>The studies of the terms held by many (a 64th of the ids or more) as bits by id, ORed a word at a time.</summary>
    private readonly Dictionary<int[], ulong[]> _dense = new(ReferenceEqualityComparer.Instance);

    private ConditionMeshIndex(Dictionary<string, int[]> byName, Dictionary<string, int[]> byId)
    {
        (_byName, _byId) = (byName, byId);
        var size = byName.Values.Concat(byId.Values).Select(s => s.Length == 0 ? 0 : s[^1] + 1).DefaultIfEmpty(0).Max();
        foreach (var studies in byName.Values.Concat(byId.Values).Where(s => s.Length >= Math.Max(64, size / 64)))
        {
            var bits = new ulong[(size + 63) >> 6];
            foreach (var id in studies)
            {
                bits[id >> 6] |= 1UL << (id & 63);
            }

            _dense[studies] = bits;
        }
    }

    /// <summary>An index of no terms.</summary>
    public static ConditionMeshIndex Empty { get; } = new([], []);

    /// <summary>Approximate bytes held.</summary>
    public long Bytes => _byName.Concat(_byId).Sum(p => 48 + (2L * p.Key.Length) + (4L * p.Value.Length)) + _dense.Values.Sum(b => 8L * b.Length);

    /// <summary>Reads every condition MeSH term of the store; call inside the snapshot's read transaction.</summary>
    public static ConditionMeshIndex Build(SqliteConnection connection)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            // One row per (term, id) with its studies, so that a few hundred rows cross into .NET instead of millions.
            command.CommandText = "SELECT term, mesh_id, group_concat(study_id) FROM study_mesh_terms WHERE kind = 'condition' GROUP BY term, mesh_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var studies = reader.GetString(2);
                Add(byName, FoldAscii(reader.GetString(0)), studies);
                if (!reader.IsDBNull(1) && reader.GetString(1) is { Length: > 0 } id)
                {
                    Add(byId, id, studies);
                }
            }
        }

        return new ConditionMeshIndex(Freeze(byName), Freeze(byId));
    }

    /// <summary>Sets the bit of every study <paramref name="expansion"/> reaches (bits beyond <paramref name="bits"/>' length are not kept).</summary>
    public void AddTo(ulong[] bits, ConditionExpansion expansion)
    {
        foreach (var studies in expansion.Names.Select(n => _byName.GetValueOrDefault(FoldAscii(n))).Concat(expansion.Ids.Select(i => _byId.GetValueOrDefault(i))))
        {
            if (studies is not null && _dense.TryGetValue(studies, out var dense))
            {
                for (var w = 0; w < Math.Min(bits.Length, dense.Length); w++)
                {
                    bits[w] |= dense[w];
                }

                continue;
            }

            foreach (var id in studies ?? [])
            {
                if (id >> 6 < bits.Length)
                {
                    bits[id >> 6] |= 1UL << (id & 63);
                }
            }
        }
    }

    /// <summary>The text with ASCII capitals made small, as NOCASE compares (other letters are compared as they are).</summary>
    internal static string FoldAscii(string text) =>
        text.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 ? text : string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = t[i] is >= 'A' and <= 'Z' ? (char)(t[i] + 32) : t[i];
            }
        });

    private static void Add(Dictionary<string, List<int>> index, string key, string studies)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        foreach (var part in studies.Split(','))
        {
            list.Add(int.Parse(part, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.Distinct().Order().ToArray(), StringComparer.Ordinal);
}
