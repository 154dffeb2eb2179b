using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>Reading a <see cref="FacetSnapshot"/> from the store.</summary>
internal sealed partial class FacetSnapshot
{
    /// <summary>Reads the whole store through <paramref name="connection"/>; call inside one read transaction.</summary>
    public static FacetSnapshot Build(SqliteConnection connection)
    {
        var size = checked((int)Convert.ToInt64(SqliteStudyStore.Scalar(connection,
            "SELECT max(coalesce((SELECT max(id) FROM studies), 0), coalesce((SELECT max(study_id) FROM study_phases), 0), coalesce((SELECT max(study_id) FROM study_conditions), 0)) + 1"),
            CultureInfo.InvariantCulture));
        var codes = Columns.Select(_ => new byte[size]).ToArray();
        var values = Columns.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var ages = new byte[size];
        var collaborators = new ushort[size];
        var countryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Lists.Builder(size);
        var (years, yearIds, enrollments, enrollmentIds) = (new int[size], new Dictionary<string, int>(StringComparer.Ordinal), new int[size], new Dictionary<string, int>(StringComparer.Ordinal));
        using (var command = connection.CreateCommand())
        {
            var agesSql = string.Join(", ", Ages.Select(a => $"(' ' || std_ages || ' ') LIKE '% {a} %'"));
            var collaboratorsSql = string.Join(", ", CollaboratorClasses.Select(a => $"(' ' || collaborator_classes || ' ') LIKE '% {a} %'"));
            command.CommandText = $"SELECT id, countries, {agesSql}, {string.Join(", ", Columns.Select(c => c.Column))}, substr(start_date, 1, 4), enrollment, {collaboratorsSql} FROM studies ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = checked((int)reader.GetInt64(0));
                var list = reader.GetString(1);
                if (list.Length > 0)
                {
                    foreach (var country in list.Split('\n'))
                    {
                        countries.Add(id, Code(countryIds, country));
                    }
                }

                for (var a = 0; a < Ages.Length; a++)
                {
                    ages[id] |= (byte)(reader.GetInt64(2 + a) != 0 ? 1 << a : 0);
                }

                var landscape = 2 + Ages.Length + Columns.Length;
                years[id] = reader.IsDBNull(landscape) ? 0 : Code(yearIds, Convert.ToString(reader.GetValue(landscape), CultureInfo.InvariantCulture)!) + 1;
                enrollments[id] = reader.IsDBNull(landscape + 1) ? 0 : Code(enrollmentIds, Convert.ToString(reader.GetValue(landscape + 1), CultureInfo.InvariantCulture)!) + 1;
                for (var k = 0; k < CollaboratorClasses.Length; k++)
                {
                    collaborators[id] |= (ushort)(reader.GetInt64(landscape + 2 + k) != 0 ? 1 << k : 0);
                }

                for (var c = 0; c < Columns.Length; c++)
                {
                    var value = reader.GetValue(2 + Ages.Length + c);
                    if (value is not DBNull || Columns[c].CountsNull)
                    {
                        var code = Code(values[c], Convert.ToString(value, CultureInfo.InvariantCulture)!) + 1;
                        codes[c][id] = code < byte.MaxValue ? (byte)code : throw new NotSupportedException($"more than 254 values of {Columns[c].Column}");
                    }
                }
            }
        }

        var (phases, phaseNames) = ReadPhases(connection, size);
        var (conditions, spellings, groupOf, groups) = ReadConditions(connection, size);
        var snapshot = new FacetSnapshot(size, codes, values.Select(Names).ToArray(), ages, phases, phaseNames,
            countries.Build(), Names(countryIds), conditions, spellings, groupOf, groups, (years, Names(yearIds)), (enrollments, Names(enrollmentIds)), ReadNctRanks(connection, size), SiteTable.Build(connection, size), collaborators, ReadSortRanks(connection, size))
        {
            ConditionMesh = ConditionMeshIndex.Build(connection),
        };
        _ = snapshot.ValueBits;
        return snapshot;
    }

    /// <summary>Each study's position when ordered by NCT id (with the column's collation, as ORDER BY s.nct_id).</summary>
    private static int[] ReadNctRanks(SqliteConnection connection, int size)
    {
        var ranks = new int[size];
        Array.Fill(ranks, int.MaxValue);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM studies ORDER BY nct_id";
        using var reader = command.ExecuteReader();
        for (var rank = 0; reader.Read(); rank++)
        {
            ranks[checked((int)reader.GetInt64(0))] = rank;
        }

        return ranks;
    }

    private static (ushort[] Phases, string[] Names) ReadPhases(SqliteConnection connection, int size)
    {
        var phases = new ushort[size];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT study_id, phase FROM study_phases";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var bit = Code(ids, reader.GetString(1));
            phases[checked((int)reader.GetInt64(0))] |= bit < 16 ? (ushort)(1 << bit) : throw new NotSupportedException("more than 16 phase values");
        }

        return (phases, Names(ids));
    }

    /// <summary>
    /// Spellings get ids in BINARY order (as min(name) and ORDER BY compare), groups by SQLite's NOCASE, which folds
    /// ASCII letters only; each study's spellings are stored sorted by group so a study counts once per group.
    /// </summary>
    private static (Lists Conditions, string[] Spellings, int[] GroupOf, int Groups) ReadConditions(SqliteConnection connection, int size)
    {
        var spellings = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM study_conditions GROUP BY name ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                spellings.Add(reader.GetString(0));
            }
        }

        var spellingIds = new Dictionary<string, int>(spellings.Count, StringComparer.Ordinal);
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[spellings.Count];
        for (var i = 0; i < spellings.Count; i++)
        {
            spellingIds[spellings[i]] = i;
            groupOf[i] = Code(groupIds, FoldAscii(spellings[i]));
        }

        var lists = new Lists.Builder(size);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT study_id, name FROM study_conditions";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lists.Add(checked((int)reader.GetInt64(0)), spellingIds[reader.GetString(1)]);
            }
        }

        var conditions = lists.Build();
        conditions.SortEach((a, b) => groupOf[a] != groupOf[b] ? groupOf[a].CompareTo(groupOf[b]) : a.CompareTo(b));
        return (conditions, spellings.ToArray(), groupOf, groupIds.Count);
    }

    private static int Code(Dictionary<string, int> ids, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = ids.Count;
            ids[value] = id;
        }

        return id;
    }

    private static string[] Names(Dictionary<string, int> ids) => ids.OrderBy(p => p.Value).Select(p => p.Key).ToArray();

    private static string FoldAscii(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
            }
        });
}
