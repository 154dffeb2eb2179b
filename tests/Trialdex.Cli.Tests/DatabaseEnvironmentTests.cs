using System.Diagnostics;
using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>
/// <c>TRIALDEX_DB</c> as a user sets it: in the environment of a real <c>trialdex</c> process (never of the test
/// process, which other tests share), choosing the database when <c>--db</c> is not given.
/// </summary>
public sealed class DatabaseEnvironmentTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Commands_use_the_database_named_by_TRIALDEX_DB_unless_db_is_given()
    {
        // Given TRIALDEX_DB naming a database outside the working directory
        var work = _directory.File("work");
        Directory.CreateDirectory(work);
        var fromEnvironment = _directory.File("elsewhere/from-env.db");
        Directory.CreateDirectory(Path.GetDirectoryName(fromEnvironment)!);
        var input = _directory.Write("work/s.json", TestStudies.Json(TestStudies.Id(1)));

        // When a study is imported and the statistics read without --db, and then with --db
        var import = await RunAsync(work, fromEnvironment, "import", input);
        var stats = await RunAsync(work, fromEnvironment, "stats", "--json");
        var explicitDb = await RunAsync(work, fromEnvironment, "stats", "--json", "--db", "explicit.db");

        // Then the first two used TRIALDEX_DB's database and never made trialdex.db; --db chose its own
        Assert.Equal((0, "imported 1, updated 0, unchanged 0, rejected 0"), (import.ExitCode, import.Output.Trim()));
        Assert.True(File.Exists(fromEnvironment));
        Assert.False(File.Exists(Path.Combine(work, "trialdex.db")));
        Assert.Equal(0, stats.ExitCode);
        Assert.Equal(1, JsonNode.Parse(stats.Output)!["studies"]!.GetValue<long>());
        Assert.Equal(0, explicitDb.ExitCode);
        Assert.Equal(5, JsonNode.Parse(explicitDb.Output)!["studies"]!.GetValue<long>()); // a fresh database gets the sample
        Assert.True(File.Exists(Path.Combine(work, "explicit.db")));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, string database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [TrialdexProcess.Dll(), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["TRIALDEX_DB"] = database;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output;
        Assert.True(process.ExitCode == 0, $"trialdex {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        return (process.ExitCode, text);
    }
}
