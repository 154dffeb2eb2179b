using System.Text;
using Microsoft.Data.Sqlite;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>
/// A damaged database, one from a newer Trialdex and one locked by another writer each end a command with the exit
/// code README.md documents for it (6, 7 and 5) and a message saying what is wrong, not a stack trace.
/// </summary>
public sealed class DatabaseErrorTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("stats", "--json")]
    [InlineData("export")]
    [InlineData("show", "NCT10000150")]
    [InlineData("search", "cirrhosis")]
    public async Task A_real_store_with_damaged_pages_after_a_valid_header_exits_6_saying_it_is_damaged(params string[] command)
    {
        // Given a real store of 300 studies whose middle third is overwritten; its header is untouched
        await CreateStoreAsync(300);
        var length = new FileInfo(_cli.Database).Length;
        using (var file = new FileStream(_cli.Database, FileMode.Open, FileAccess.Write))
        {
            file.Position = length / 3 / 4096 * 4096;
            file.Write(Enumerable.Repeat((byte)0xA5, (int)(length / 3)).ToArray());
        }

        Assert.Equal("SQLite format 3\0", Encoding.ASCII.GetString(File.ReadAllBytes(_cli.Database), 0, 16));

        // When a command reads it
        var result = await _cli.RunAsync(command);

        // Then it ends with the corrupt-database code and a message naming the file, and no stack trace
        Assert.Equal(ExitCodes.DatabaseCorrupt, result.ExitCode);
        Assert.StartsWith($"error: {_cli.Database} is not a Trialdex database or is damaged (", result.Error, StringComparison.Ordinal);
        Assert.Contains("malformed", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Trialdex.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused_with_exit_7_and_left_as_it_was()
    {
        // Given a store whose schema version is above any this build knows
        await CreateStoreAsync(3);
        Execute("PRAGMA user_version = 1000");
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        var before = File.ReadAllBytes(_cli.Database);

        // When it is read and written to
        var stats = await _cli.RunAsync("stats", "--json");
        var import = await _cli.RunAsync("import", _cli.Directory.Write("more.json", TestStudies.Json(TestStudies.Id(9))));

        // Then both are refused with the newer-database code and what to do about it; the file is not touched
        foreach (var result in new[] { stats, import })
        {
            Assert.Equal(ExitCodes.DatabaseTooNew, result.ExitCode);
            Assert.Equal("", result.Output);
            Assert.StartsWith($"error: {_cli.Database} was created by a newer version of Trialdex (schema 1000; this version knows schema ", result.Error, StringComparison.Ordinal);
            Assert.Contains("Upgrade Trialdex, or use another database with --db.", result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(_cli.Database));
    }

    [Fact]
    public async Task Another_programs_sqlite_database_exits_6_and_is_left_as_it_was()
    {
        // Given a SQLite database of another program, with a table of its own
        Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')");
        var before = File.ReadAllBytes(_cli.Database);

        // When Trialdex is pointed at it, to read and to import
        var stats = await _cli.RunAsync("stats", "--json");
        var import = await _cli.RunAsync("import", _cli.Directory.Write("more.json", TestStudies.Json(TestStudies.Id(9))));

        // Then both refuse it as not a Trialdex database, name its tables, and add nothing to it
        foreach (var result in new[] { stats, import })
        {
            Assert.Equal(ExitCodes.DatabaseCorrupt, result.ExitCode);
            Assert.Equal("", result.Output);
            Assert.StartsWith($"error: {_cli.Database} is not a Trialdex database: it is a SQLite database of another program (schema version 0, tables notes)", result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(_cli.Database));
    }

    /// <summary>Takes 30 s: Microsoft.Data.Sqlite retries a busy database until the command timeout before giving up.</summary>
    [Fact]
    public async Task Criteria_update_store_while_another_process_holds_the_write_lock_exits_5_and_succeeds_once_it_is_released()
    {
        // Given a store with one study whose criteria an older parser stored, and another connection in an exclusive transaction
        await CreateStoreAsync(2);
        Execute($"UPDATE study_documents SET criteria_parser_version = 0 WHERE id = (SELECT id FROM studies WHERE nct_id = '{TestStudies.Id(1)}')");
        CliResult locked;
        using (var holder = new SqliteConnection($"Data Source={_cli.Database};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();

            // When the command runs while the lock is held
            locked = await _cli.RunAsync("criteria", "--update-store");
        }

        // Then it waits out the busy timeout and exits with the locked-database code and a message; once released, it works
        Assert.Equal(ExitCodes.DatabaseLocked, locked.ExitCode);
        Assert.Equal($"error: the database {_cli.Database} is locked by another process; try again when it has finished", locked.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal((ExitCodes.Success, "reparsed 1, current 1"), await OutcomeAsync("criteria", "--update-store"));
    }

    private async Task<(int, string)> OutcomeAsync(params string[] command) =>
        await _cli.RunAsync(command) is var result ? (result.ExitCode, result.Output.Trim()) : default;

    private async Task CreateStoreAsync(int studies)
    {
        var file = _cli.Directory.Write("in.ndjson", string.Join("\n", Enumerable.Range(1, studies).Select(i => TestStudies.Json(TestStudies.Id(i)))));
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("import", file)).ExitCode);
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_cli.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
