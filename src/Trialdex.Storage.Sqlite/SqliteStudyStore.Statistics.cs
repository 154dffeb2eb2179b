using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct) =>
        RunAsync(connection => new StoreStatistics(
            Studies: Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM studies"), CultureInfo.InvariantCulture),
            ByStatus: Counts(connection, "SELECT coalesce(overall_status, 'NONE'), count(*) FROM studies GROUP BY 1"),
            ByPhase: Counts(connection, """
                SELECT phase, count(DISTINCT study_id) FROM study_phases GROUP BY 1
                UNION ALL SELECT 'NONE', count(*) FROM studies WHERE phases = '' HAVING count(*) > 0
                """),
            ByStudyType: Counts(connection, "SELECT coalesce(study_type, 'NONE'), count(*) FROM studies GROUP BY 1"),
            ByCountry: Counts(connection, "SELECT country, count(DISTINCT study_id) FROM study_locations WHERE country IS NOT NULL GROUP BY 1"),
            BySource: Counts(connection, "SELECT source_format, count(*) FROM studies GROUP BY 1"),
            LastImport: LastImport(connection)), ct);

    public Task RecordImportRunAsync(ImportRunRecord run, IEnumerable<RecordReject> rejects, CancellationToken ct) =>
        RunAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO import_runs (started_at, finished_at, sources, imported, updated, unchanged, rejected)
                VALUES ($started, $finished, $sources, $imported, $updated, $unchanged, $rejected) RETURNING id
                """;
            command.Parameters.AddWithValue("$started", run.StartedAt.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$finished", run.FinishedAt.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$sources", run.Sources);
            command.Parameters.AddWithValue("$imported", run.Imported);
            command.Parameters.AddWithValue("$updated", run.Updated);
            command.Parameters.AddWithValue("$unchanged", run.Unchanged);
            command.Parameters.AddWithValue("$rejected", run.Rejected);
            var runId = (long)command.ExecuteScalar()!;
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO import_rejects (run_id, source_file, position, reason) VALUES ($run, $file, $position, $reason)";
            var file = insert.Parameters.Add("$file", SqliteType.Text);
            var position = insert.Parameters.Add("$position", SqliteType.Text);
            var reason = insert.Parameters.Add("$reason", SqliteType.Text);
            insert.Parameters.AddWithValue("$run", runId);
            foreach (var reject in rejects)
            {
                file.Value = reject.SourceFile;
                position.Value = reject.Position;
                reason.Value = reject.Reason;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return runId;
        }, ct);

    private static Dictionary<string, long> Counts(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static ImportRunRecord? LastImport(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT started_at, finished_at, sources, imported, updated, unchanged, rejected FROM import_runs ORDER BY id DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ImportRunRecord(
            DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
            reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
    }
}
