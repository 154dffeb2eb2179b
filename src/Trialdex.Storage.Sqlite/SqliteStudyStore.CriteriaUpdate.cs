using Microsoft.Data.Sqlite;
using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    /// <summary>
    /// The id of the last row the previous batch parsed again: the next batch looks after it, so that a whole update
    /// reads the table once instead of from its start for every batch (at 500,000 studies, 1,000 batches each passing
    /// over the rows already done).
    /// </summary>
    private long _reparsedUpTo;

    public async Task<int> UpdateParsedCriteriaAsync(int batchSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var vocabulary = await GetVocabularyAsync(ct).ConfigureAwait(false);
        var stamp = ConstraintExtractor.ParseStamp(vocabulary);
        var outdated = await RunAsync(connection =>
        {
            var rows = ReadOutdated(connection, stamp, batchSize, _reparsedUpTo);
            // None left after the last batch: look once more from the start, for rows written stale meanwhile.
            return rows.Count == 0 && _reparsedUpTo > 0 ? ReadOutdated(connection, stamp, batchSize, _reparsedUpTo = 0) : rows;
        }, ct).ConfigureAwait(false);
        if (outdated.Count == 0)
        {
            return 0;
        }

        _reparsedUpTo = outdated[^1].Id;

        // Parse on every core before taking the write lock; the transaction only writes.
        var parsed = new byte[outdated.Count][];
        Parallel.For(0, outdated.Count, new ParallelOptions { CancellationToken = ct }, i => parsed[i] = StoredCriteria.Serialize(Parse(outdated[i].Json, vocabulary)));
        return await RunAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE study_documents SET parsed_criteria = $criteria, criteria_parser_version = $version WHERE id = $id";
            var id = command.Parameters.Add("$id", SqliteType.Integer);
            var criteria = command.Parameters.Add("$criteria", SqliteType.Blob);
            command.Parameters.AddWithValue("$version", stamp);
            for (var i = 0; i < outdated.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                id.Value = outdated[i].Id;
                criteria.Value = parsed[i];
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return outdated.Count;
        }, ct).ConfigureAwait(false);
    }

    private static List<(long Id, byte[] Json)> ReadOutdated(SqliteConnection connection, long stamp, int batchSize, long after)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json FROM study_documents WHERE id > $after AND (criteria_parser_version IS NOT $version OR parsed_criteria IS NULL) ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$version", stamp);
        command.Parameters.AddWithValue("$limit", batchSize);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, byte[])>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
        }

        return rows;
    }
}
