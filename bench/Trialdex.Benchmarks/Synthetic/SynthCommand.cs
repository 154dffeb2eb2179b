using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Storage.Sqlite;

namespace Trialdex.Benchmarks.Synthetic;

/// <summary>
/// <c>synth --count N --db PATH [--data DIR]</c>: imports the real records of ../shared/data into a scratch store,
/// then writes N synthetic studies recombined from them (<see cref="SyntheticCorpus"/>) into the store at PATH
/// through the normal import pipeline, reporting progress.
/// </summary>
internal static class SynthCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = SharedDataPath.Find(args);
        var db = Option(args, "--db");
        var count = int.Parse(Option(args, "--count") ?? "500000", CultureInfo.InvariantCulture);
        if (data is null || !Directory.Exists(data) || db is null)
        {
            await Console.Error.WriteLineAsync("usage: synth --count N --db PATH [--data DIR]  (../shared/data not found, or --db missing)");
            return 1;
        }

        var sources = await LoadSourcesAsync(data);
        Console.WriteLine($"{sources.Count:N0} real records to recombine; writing {count:N0} synthetic studies to {db}");
        await using var store = await SqliteStudyStore.OpenAsync(db, default);
        var progress = new ImportProgress();
        var clock = Stopwatch.StartNew();
        using var timer = new Timer(_ => Console.WriteLine($"  {progress.Records:N0} studies, {clock.Elapsed:mm\\:ss}, {Memory()}"), null, 15_000, 15_000);
        var summary = await new StudyImporter(store).ImportAsync(new SyntheticCorpus(sources).Generate(count), progress, null, null, default);
        Console.WriteLine($"imported {summary.Imported:N0}, rejected {summary.Rejected:N0} in {clock.Elapsed.TotalSeconds:N0} s; {Memory()}");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set (VmHWM) {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB, including the {sources.Count:N0} source records held to recombine");
        return summary.Rejected == 0 ? 0 : 1;
    }

    /// <summary>Every real record as API v2 JSON: imported into a scratch store (XML mapped), then exported.</summary>
    private static async Task<List<JsonObject>> LoadSourcesAsync(string data)
    {
        var scratch = Directory.CreateTempSubdirectory("trialdex-synth-");
        try
        {
            await using var store = await SqliteStudyStore.OpenAsync(Path.Combine(scratch.FullName, "sources.db"), default);
            var paths = new[] { Path.Combine(data, "ctgov", "AllPublicXML-sample.zip"), Path.Combine(data, "ctgov", "v2-exports") };
            var progress = new ImportProgress();
            await new StudyImporter(store).ImportAsync(SourceWalker.Enumerate(paths, progress), progress, null, null, default);
            var sources = new List<JsonObject>();
            await foreach (var stored in store.ExportAsync(default))
            {
                if (JsonNode.Parse(stored.Json.Span) is JsonObject study && study["protocolSection"] is JsonObject)
                {
                    sources.Add(study);
                }
            }

            return sources;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Resident memory now and the managed heap after the last collection: flat while the import runs if the pipeline streams.</summary>
    private static string Memory()
    {
        using var self = Process.GetCurrentProcess();
        return $"working set {self.WorkingSet64 / (1024 * 1024):N0} MiB, managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024):N0} MiB";
    }

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
