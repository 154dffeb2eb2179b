using Microsoft.Data.Sqlite;
using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests;

public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Opening_creates_one_database_file_in_wal_mode_at_the_latest_schema()
    {
        var path = _directory.File("new.db");
        await using (await SqliteStudyStore.OpenAsync(path, default))
        {
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)SqliteSchema.LatestVersion, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_database_from_a_newer_trialdex_is_refused_untouched()
    {
        var path = _directory.File("future.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteStudyStore.OpenAsync(path, default));
        Assert.Equal(StoreFailure.TooNew, ex.Failure);
        Assert.Contains("newer version of Trialdex", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_as_such()
    {
        var path = _directory.Write("notes.db", new string('x', 4096));
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteStudyStore.OpenAsync(path, default));
        Assert.Equal(StoreFailure.Corrupt, ex.Failure);
        Assert.Contains("not a Trialdex database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_in_a_missing_folder_is_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteStudyStore.OpenAsync(_directory.File("no/such/folder/x.db"), default));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_2_database_keeps_every_document_when_its_documents_move_to_their_own_table()
    {
        var path = _directory.File("old.db");
        var json = TestStudies.Utf8(TestStudies.Id(1));
        var xml = System.Text.Encoding.UTF8.GetBytes("<clinical_study><id_info><nct_id>NCT10000001</nct_id></id_info></clinical_study>");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, path, target: 2);
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO studies (nct_id, json, json_sha256, original_document, source_format, source_file, source_position, imported_at, " +
                "phases, collaborator_classes, std_ages, has_results, countries) VALUES ($id, $json, $hash, $xml, 'legacy-xml', 'old.zip', 'entry 1', " +
                "'2026-01-01T00:00:00+00:00', '', '', '', 0, '')";
            command.Parameters.AddWithValue("$id", TestStudies.Id(1));
            command.Parameters.AddWithValue("$json", StoredCompression.Compress(json));
            command.Parameters.AddWithValue("$hash", System.Security.Cryptography.SHA256.HashData(json));
            command.Parameters.AddWithValue("$xml", StoredCompression.Compress(xml));
            command.ExecuteNonQuery();
        }

        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        var stored = await store.FindAsync(TestStudies.Id(1), default);

        Assert.NotNull(stored);
        Assert.Equal(json, stored.Json.ToArray());
        Assert.Equal(xml, stored.OriginalDocument!.Value.ToArray());
    }

    [Theory]
    [InlineData("2024-02-01", "2024-01-01", false, true)]
    [InlineData("2024-01-01", "2024-02-01", false, false)]
    [InlineData("2024-01-01", "2024-01-01", false, false)]
    [InlineData(null, null, false, true)]
    [InlineData(null, null, true, false)]
    [InlineData("2024-01-01", null, false, true)]
    [InlineData(null, "2024-01-01", false, false)]
    public void Only_a_later_update_date_replaces_a_stored_record(string? incoming, string? stored, bool same, bool replaces) =>
        Assert.Equal(replaces, SqliteStudyStore.IsNewer(Date(incoming), Date(stored), same));

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _directory.Dispose();
}
