using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    /// <summary>
    /// Stores a batch in one transaction. Its commit does not checkpoint the log (it would wait for the disk on the
    /// writing thread; SQLite's default of 1,000 pages is restored after); <see cref="WalCheckpointer"/> does, beside
    /// the next batch.
    /// </summary>
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct)
    {
        var outcomes = await RunAsync(connection =>
        {
            Execute(connection, "PRAGMA wal_autocheckpoint = 0;");
            try
            {
                return Upsert(connection, batch, ct);
            }
            finally
            {
                Execute(connection, "PRAGMA wal_autocheckpoint = 1000;");
            }
        }, ct).ConfigureAwait(false);
        _checkpointer.Request();
        return outcomes;
    }

    private static IReadOnlyList<UpsertOutcome> Upsert(SqliteConnection connection, IReadOnlyList<StudyDocument> batch, CancellationToken ct)
    {
        using var transaction = connection.BeginTransaction();
        using var writer = new SqliteStudyWriter(connection);
        var outcomes = new UpsertOutcome[batch.Count];
        var importedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        for (var i = 0; i < batch.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            outcomes[i] = Upsert(writer, batch[i], importedAt);
        }

        writer.WriteFullText();
        transaction.Commit();
        return outcomes;
    }

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
    private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);

    /// <summary>The batch's full-text changes in order: a study's text to insert, or null to delete its old text.</summary>
    private readonly List<(long Id, StudyText? Text)> _fullText = [];

    public SqliteStudyWriter(SqliteConnection connection) => _connection = connection;

    public (long Id, DateOnly? LastUpdate, byte[] Hash)? FindExisting(string nctId)
    {
        var statement = Statement("SELECT id, last_update_posted_date, json_sha256 FROM studies WHERE nct_id = ?1");
        if (!statement.Execute(nctId))
        {
            return null;
        }

        DateOnly? date = statement.IsNull(1) ? null : DateOnly.ParseExact(statement.Text(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = (statement.Int64(0), date, statement.Blob(2));
        statement.Finish();
        return found;
    }

    private PreparedStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new PreparedStatement(_connection, sql);
            _statements[sql] = statement;
        }

        return statement;
    }

    private void Run(string sql, params ReadOnlySpan<object?> values) => Statement(sql).Execute(values);

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
    }
}
