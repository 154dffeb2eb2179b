using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct) =>
        await RunAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var writer = new SqliteStudyWriter(connection, transaction);
            var outcomes = new UpsertOutcome[batch.Count];
            var importedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            for (var i = 0; i < batch.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                outcomes[i] = Upsert(writer, batch[i], importedAt);
            }

            transaction.Commit();
            return (IReadOnlyList<UpsertOutcome>)outcomes;
        }, ct).ConfigureAwait(false);

    private static UpsertOutcome Upsert(SqliteStudyWriter writer, StudyDocument document, string importedAt)
    {
        var row = document.Index;
        var hash = document.ContentHash;
        var existing = writer.FindExisting(document.NctId);
        if (existing is null)
        {
            writer.Insert(document, row, hash, importedAt);
            return UpsertOutcome.Imported;
        }

        var (id, storedDate, storedHash) = existing.Value;
        if (!IsNewer(row.LastUpdatePostedDate, storedDate, hash.AsSpan().SequenceEqual(storedHash)))
        {
            return UpsertOutcome.Unchanged;
        }

        writer.Replace(id, document, row, hash, importedAt);
        return UpsertOutcome.Updated;
    }

    /// <summary>
    /// A record replaces the stored one only when its lastUpdatePostDate is later. When neither has a date, a
    /// different record replaces it (the later import wins); identical content never counts as a change.
    /// </summary>
    internal static bool IsNewer(DateOnly? incoming, DateOnly? stored, bool sameContent)
    {
        if (sameContent)
        {
            return false;
        }

        return (incoming, stored) switch
        {
            (null, null) => true,
            ({ } i, { } s) => i > s,
            ({ }, null) => true,
            (null, { }) => false,
        };
    }
}

/// <summary>The prepared statements of one upsert transaction.</summary>
internal sealed partial class SqliteStudyWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteStudyWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public (long Id, DateOnly? LastUpdate, byte[] Hash)? FindExisting(string nctId)
    {
        var command = Command("SELECT id, last_update_posted_date, json_sha256 FROM studies WHERE nct_id = $p0");
        command.Parameters[0].Value = nctId;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        DateOnly? date = reader.IsDBNull(1) ? null : DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (reader.GetInt64(0), date, (byte[])reader.GetValue(2));
    }

    /// <summary>A cached prepared command with positional parameters $p0…$pN.</summary>
    private SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            var count = 0;
            while (sql.Contains("$p" + count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter("$p" + count.ToString(CultureInfo.InvariantCulture), null));
                count++;
            }

            _commands[sql] = command;
        }

        return command;
    }

    private void Run(string sql, params object?[] values)
    {
        var command = Command(sql);
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
