using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>What FTS5 itself answers for a <see cref="TextQuery"/>: the reference the <see cref="TextIndex"/> is held to in tests and benchmarks.</summary>
internal static class Fts5Scores
{
    /// <summary>Every study_fts row matching <paramref name="query"/>, ascending, with <c>-bm25(study_fts, weights…)</c>.</summary>
    public static List<(int Id, double Score)> Read(SqliteConnection connection, TextQuery query, IReadOnlyList<double> weights)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, -bm25(study_fts, {string.Join(", ", weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))}) FROM study_fts WHERE study_fts MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", query.ToMatch());
        var hits = new List<(int, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add((checked((int)reader.GetInt64(0)), reader.GetDouble(1)));
        }

        return hits;
    }
}
