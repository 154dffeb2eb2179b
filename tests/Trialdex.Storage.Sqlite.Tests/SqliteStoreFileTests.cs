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

        var before = File.ReadAllBytes(path);
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteStudyStore.OpenAsync(path, default));
        Assert.Equal(StoreFailure.TooNew, ex.Failure);
        Assert.Contains("newer version of Trialdex", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Another_programs_sqlite_database_is_refused_and_left_byte_for_byte_as_it_was(int userVersion)
    {
        var path = _directory.File("notes.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me'); PRAGMA user_version = {userVersion};";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        var ex = await Assert.ThrowsAsync<StoreException>(() => SqliteStudyStore.OpenAsync(path, default));
        Assert.Equal(StoreFailure.Corrupt, ex.Failure);
        Assert.Contains("is not a Trialdex database", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tables notes", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "the refused database got a write-ahead log");
    }

    [Fact]
    public async Task An_empty_file_becomes_a_trialdex_database()
    {
        var path = _directory.Write("empty.db", "");
        await using (await SqliteStudyStore.OpenAsync(path, default))
        {
        }

        Assert.True(new FileInfo(path).Length > 0);
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
            SqliteSchema.Migrate(connection, target: 2);
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

    [Fact]
    public async Task Upgrading_a_schema_5_database_drops_only_the_indexes_no_query_uses()
    {
        string[] unused = ["ix_conditions_name", "ix_identifiers_identifier", "ix_interventions_name", "ix_locations_country", "ix_locations_point"];
        string[] used = ["ix_conditions_study_name", "ix_identifiers_study", "ix_interventions_study", "ix_locations_study", "ix_mesh_id", "ix_mesh_term", "ix_phases_phase", "ix_studies_start"];
        var path = _directory.File("schema5.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, target: 5);
            Assert.Superset(unused.Concat(used).ToHashSet(), Indexes(connection));
        }

        await using (await SqliteStudyStore.OpenAsync(path, default))
        {
        }

        using var upgraded = new SqliteConnection($"Data Source={path};Pooling=False");
        upgraded.Open();
        var indexes = Indexes(upgraded);
        Assert.Empty(indexes.Intersect(unused));
        Assert.Subset(indexes, used.ToHashSet());
    }

    [Fact]
    public async Task Site_filters_and_the_count_by_country_read_sites_through_their_study()
    {
        var path = _directory.File("plans.db");
        await using (await SqliteStudyStore.OpenAsync(path, default))
        {
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var site = Plan(connection, "SELECT s.id FROM studies s WHERE EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id AND x.country = 'France' AND x.city = 'Paris')");
        var byCountry = Plan(connection, "SELECT country, count(DISTINCT study_id) FROM study_locations WHERE country IS NOT NULL GROUP BY 1");

        Assert.Contains("ix_locations_study (study_id=?)", site, StringComparison.Ordinal);
        Assert.Contains("SCAN study_locations", byCountry, StringComparison.Ordinal);
    }

    private static HashSet<string> Indexes(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_%' ESCAPE '\\'";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string Plan(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join('\n', steps);
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
