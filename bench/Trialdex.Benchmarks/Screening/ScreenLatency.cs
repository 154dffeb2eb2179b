using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Storage.Sqlite;

namespace Trialdex.Benchmarks.Screening;

/// <summary>
/// <c>screen-latency --db PATH --patients QUERIES.jsonl [--count 30] [--candidates 200] [--rounds 3]</c>: the end-to-end
/// time of pre-screening one patient against the store, as <c>trialdex match</c> and <c>POST /api/prescreen</c> do it:
/// read the note (<see cref="PatientInput"/>), search the open trials for the patient's conditions, load the stored
/// parsed criteria, screen every candidate and rank them (<see cref="TrialMatcher"/>). The patients are the texts of a
/// TREC-style queries file (<c>{"_id", "text"}</c> per line). Prints p50/p95/max and the candidate counts as Markdown.
/// </summary>
internal static class ScreenLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var db = Synthetic.SynthCommand.Option(args, "--db");
        var patientsPath = Synthetic.SynthCommand.Option(args, "--patients");
        var count = int.Parse(Synthetic.SynthCommand.Option(args, "--count") ?? "30", CultureInfo.InvariantCulture);
        var candidates = int.Parse(Synthetic.SynthCommand.Option(args, "--candidates") ?? "200", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Synthetic.SynthCommand.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        if (db is null || !File.Exists(db) || patientsPath is null || !File.Exists(patientsPath))
        {
            await Console.Error.WriteLineAsync("usage: screen-latency --db PATH --patients QUERIES.jsonl [--count 30] [--candidates 200] [--rounds 3]");
            return 1;
        }

        var notes = File.ReadLines(patientsPath)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
            .Take(count)
            .ToList();
        await using var store = await SqliteStudyStore.OpenAsync(db, default);
        await store.WaitForFacetSnapshotAsync(default);
        var options = new MatchOptions { Candidates = candidates };
        var times = new List<double>();
        var screened = new List<int>();
        for (var round = -1; round < rounds; round++)
        {
            foreach (var note in notes)
            {
                // Each patient is a new search: nothing from the warm-up round or an earlier patient is reused.
                store.ClearSearchCache();
                var clock = Stopwatch.StartNew();
                var patient = PatientInput.Read(note).Result.Patient;
                var result = patient is null ? null : await TrialMatcher.MatchAsync(store, patient, options, default);
                var ms = clock.Elapsed.TotalMilliseconds;
                if (round >= 0)
                {
                    times.Add(ms);
                    screened.Add(result?.Candidates ?? 0);
                }
            }
        }

        times.Sort();
        screened.Sort();
        Console.WriteLine($"screen-latency: {db}, {notes.Count} patients × {rounds} rounds, up to {candidates} candidates, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| measure | p50 | p95 | max |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| end-to-end time (ms) | {Percentile(times, 0.50):N1} | {Percentile(times, 0.95):N1} | {times[^1]:N1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| trials screened | {Percentile(screened.Select(s => (double)s).ToList(), 0.50):N0} | {Percentile(screened.Select(s => (double)s).ToList(), 0.95):N0} | {screened[^1]:N0} |"));
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
