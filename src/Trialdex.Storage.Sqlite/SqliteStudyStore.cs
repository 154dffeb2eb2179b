using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode holding each study's original JSON, the columns filters need,
/// child tables and an FTS5 index. Raw SQL; schema migrations are applied on open.
/// </summary>
public sealed partial class SqliteStudyStore : IStudyStore
{
    private readonly string _connectionString;
    private readonly WalCheckpointer _checkpointer;

    private SqliteStudyStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
        _facets = Search.FacetSnapshots.Open(path);
        _texts = Search.Text.TextIndexes.Open(path);
        _openTrials = new StoreSnapshots<OpenTrialSet>(path, ReadOpenTrials, _ => 0);
        _checkpointer = new WalCheckpointer(() => RunAsync(connection => Scalar(connection, "PRAGMA wal_checkpoint(PASSIVE)"), CancellationToken.None));
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static async Task<SqliteStudyStore> OpenAsync(string path, CancellationToken ct)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException(StoreFailure.Other, $"cannot create the database {full}: the folder {directory} does not exist");
        }

        SqliteLibrary.Configure();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
        var store = new SqliteStudyStore(full, connectionString);
        await store.RunAsync(connection =>
        {
            SqliteSchema.Check(connection, full); // before the journal mode, which is written to the file
            Execute(connection, "PRAGMA journal_mode = WAL;");
            SqliteSchema.Migrate(connection);
            return 0;
        }, ct).ConfigureAwait(false);
        return store;
    }

    public async Task<StoredStudy?> FindAsync(string nctId, CancellationToken ct) =>
        await RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT s.nct_id, d.json, s.source_format, s.source_file, s.source_position, s.imported_at, d.original_document FROM studies s JOIN study_documents d ON d.id = s.id WHERE s.nct_id = $id";
            command.Parameters.AddWithValue("$id", nctId.Trim());
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadStored(reader) : null;
        }, ct).ConfigureAwait(false);

    public async IAsyncEnumerable<StoredStudy> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.nct_id, d.json, s.source_format, s.source_file, s.source_position, s.imported_at, d.original_document FROM studies s JOIN study_documents d ON d.id = s.id ORDER BY s.nct_id";
        await using var reader = await Translate(() => command.ExecuteReaderAsync(ct)).ConfigureAwait(false);
        while (await Translate(() => reader.ReadAsync(ct)).ConfigureAwait(false))
        {
            yield return ReadStored(reader);
        }
    }

    public Task<bool> IsFreshAsync(CancellationToken ct) =>
        RunAsync(connection => Convert.ToInt64(Scalar(connection, "SELECT (SELECT count(*) FROM studies) + (SELECT count(*) FROM import_runs)"), System.Globalization.CultureInfo.InvariantCulture) == 0, ct);

    /// <summary>Waits for the log checkpoints that stored batches asked for (tests observe the log's length with it).</summary>
    internal Task CheckpointsFinishedAsync() => _checkpointer.WaitAsync();

    /// <summary>Waits for the log checkpoints asked for, then closes; a checkpoint's failure is thrown after closing.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _checkpointer.WaitAsync().ConfigureAwait(false);
        }
        finally
        {
            _facets.Dispose();
            _texts.Dispose();
            _openTrials.Dispose();
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    private static StoredStudy ReadStored(SqliteDataReader reader) => new(
        reader.GetString(0),
        StoredCompression.Decompress((byte[])reader.GetValue(1)),
        SourceFormats.Parse(reader.GetString(2)),
        reader.GetString(3),
        reader.GetString(4),
        DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture),
        reader.IsDBNull(6) ? null : StoredCompression.Decompress((byte[])reader.GetValue(6)));

}
