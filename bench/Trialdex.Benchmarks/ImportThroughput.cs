using System.Diagnostics;
using System.Globalization;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite;

namespace Trialdex.Benchmarks;

/// <summary>
/// End-to-end import throughput (studies/s into a fresh SQLite file) beside the throughput of the same pipeline
/// with a store that discards what it is given (parse only), over the real data in ../shared/data.
/// Each measurement is the median of several runs; the table is printed as Markdown for BENCHMARKS.md.
/// </summary>
internal static class ImportThroughput
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var data = SharedDataPath.Find(args);
        if (data is null || !Directory.Exists(data))
        {
            await Console.Error.WriteLineAsync("error: ../shared/data not found; pass --data DIR");
            return 1;
        }

        var inputs = new (string Name, string[] Paths)[]
        {
            ("legacy XML zip (AllPublicXML-sample.zip)", [Path.Combine(data, "ctgov", "AllPublicXML-sample.zip")]),
            ("API v2 exports (v2-exports/*.json)", [Path.Combine(data, "ctgov", "v2-exports")]),
        };
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine("| input | studies | parse only (studies/s) | end-to-end import (studies/s) | end-to-end / parse-only | CPU a study, parse only / end to end (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, paths) in inputs)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  machine speed before {name}: SHA-256 {MachineSpeed():N0} MB/s on one thread"));
            var parse = await MedianAsync(() => MeasureAsync(paths, _ => Task.FromResult<IStudyStore>(new DiscardingStore())));
            var endToEnd = await MedianAsync(() => MeasureAsync(paths, async file => new TimedStore(await SqliteStudyStore.OpenAsync(file, default))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {endToEnd.Studies:N0} | {parse.Rate:N0} | {endToEnd.Rate:N0} | {endToEnd.Rate / parse.Rate:P0} | {parse.CpuMs:N2} / {endToEnd.CpuMs:N2} |"));
        }

        return 0;
    }

    /// <summary>
    /// A fixed piece of work timed on one thread, printed beside the runs: this virtual machine's speed moves by up to
    /// half within an hour, and the figure tells a slow spell of the machine from a slow build.
    /// </summary>
    private static double MachineSpeed()
    {
        var data = new byte[64 << 20];
        new Random(1).NextBytes(data);
        var clock = Stopwatch.StartNew();
        System.Security.Cryptography.SHA256.HashData(data);
        return data.Length / 1e6 / clock.Elapsed.TotalSeconds;
    }

    private static async Task<(long Studies, double Rate, double CpuMs)> MedianAsync(Func<Task<(long, double, double)>> measure)
    {
        var results = new List<(long Studies, double Rate, double CpuMs)>();
        for (var i = 0; i < Runs; i++)
        {
            results.Add(await measure());
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {i + 1}: {results[^1].Rate:N0} studies/s, {results[^1].CpuMs:N2} ms CPU a study"));
        }

        return results.OrderBy(r => r.Rate).ElementAt(Runs / 2);
    }

    /// <summary>Studies read, studies/s of wall time, and the process's CPU time (all threads) a study in ms.</summary>
    private static async Task<(long, double, double)> MeasureAsync(string[] paths, Func<string, Task<IStudyStore>> open)
    {
        var directory = Directory.CreateTempSubdirectory("trialdex-bench-");
        try
        {
            var store = await open(Path.Combine(directory.FullName, "bench.db"));
            var progress = new ImportProgress();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            ImportSummary summary;
            await using (store)
            {
                summary = await new StudyImporter(store).ImportAsync(SourceWalker.Enumerate(paths, progress), progress, null, null, default);
            }

            // Closing is timed too: the store finishes its log checkpoints then, and an import waits for it.
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            paused = GC.GetTotalPauseDuration() - paused;
            var studies = summary.Imported + summary.Updated + summary.Unchanged;
            var busy = store is TimedStore timed
                ? string.Create(CultureInfo.InvariantCulture, $"writer busy {timed.Busy.TotalSeconds / clock.Elapsed.TotalSeconds:P0} of the wall time ({timed.Busy.TotalMilliseconds * 1000 / studies:N0} µs a study); ")
                : "";
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {busy}GC pauses {paused.TotalMilliseconds:N0} ms of {clock.Elapsed.TotalMilliseconds:N0} ms"));
            return (studies, studies / clock.Elapsed.TotalSeconds, cpu.TotalMilliseconds / studies);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
