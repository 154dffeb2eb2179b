using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>An import killed with SIGKILL midway leaves a consistent store, and running it again completes it.</summary>
public sealed class KilledImportTests : IDisposable
{
    private const int Studies = 40_000;
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_killed_import_leaves_the_store_consistent_and_a_rerun_completes_it_without_duplicates()
    {
        var input = _cli.Directory.File("ctg-studies.json.zip");
        using (var zip = ZipFile.Open(input, ZipArchiveMode.Create))
        {
            for (var i = 0; i < Studies; i++)
            {
                using var entry = zip.CreateEntry(TestStudies.Id(i) + ".json", CompressionLevel.Fastest).Open();
                entry.Write(TestStudies.Utf8(TestStudies.Id(i)));
            }
        }

        using (var process = Process.Start(new ProcessStartInfo("dotnet", [TrialdexProcess.Dll(), "import", input, "--db", _cli.Database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _cli.Directory.Path,
        })!)
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (Count("SELECT count(*) FROM studies") < 2_000 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the import finished before it could be killed; the test input is too small");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var stored = Count("SELECT count(*) FROM studies");
        Assert.InRange(stored, 2_000, Studies - 1);
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(stored, Count("SELECT count(*) FROM study_conditions"));

        var rerun = await _cli.RunAsync("import", input);
        Assert.Equal($"imported {Studies - stored}, updated 0, unchanged {stored}, rejected 0", rerun.SummaryLine);
        Assert.Equal(Studies, Count("SELECT count(DISTINCT nct_id) FROM studies"));
        Assert.Equal(Studies, Count("SELECT count(*) FROM studies"));
        Assert.Equal(Studies, Count("SELECT count(*) FROM study_conditions"));
    }

    private long Count(string sql) => File.Exists(_cli.Database) ? Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture) : 0;

    private object? Scalar(string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={_cli.Database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }
        catch (SqliteException)
        {
            return 0L;
        }
    }
}
