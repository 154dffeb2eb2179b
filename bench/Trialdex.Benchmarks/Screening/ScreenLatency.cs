using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Storage.Sqlite;

namespace Trialdex.Benchmarks.Screening;

/// <summary>
/// <c>screen-latency --db PATH --patients QUERIES.jsonl [--count 30] [--candidates 200] [--rounds 3] [--all-open]</c>: the end-to-end
/// time of pre-screening one patient against the store, as <c>trialdex match</c> and <c>POST /api/prescreen</c> do it:
/// read the note (<see cref="PatientInput"/>), search the open trials for the patient's conditions, load the stored
/// parsed criteria, screen every candidate and rank them (<see cref="TrialMatcher"/>). The patients are the texts of a
/// TREC-style queries file (<c>{"_id", "text"}</c> per line). Prints p50/p95/max and the candidate counts as Markdown.
/// With <c>--all-open</c> every open trial is screened too (<see cref="MatchOptions.AllOpen"/>): it also reports how
/// long the store took to build its <see cref="OpenTrialSet"/>, the managed heap it added, and how many trials and
/// distinct criteria it holds; the set is built before the first patient and not counted in the times.
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
        var allOpen = args.Contains("--all-open");
        if (db is null || !File.Exists(db) || patientsPath is null || !File.Exists(patientsPath))
        {
            await Console.Error.WriteLineAsync("usage: screen-latency --db PATH --patients QUERIES.jsonl [--count 30] [--candidates 200] [--rounds 3] [--all-open]");
            return 1;
        }

        var notes = File.ReadLines(patientsPath)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
            .Take(count)
            .ToList();
        await using var store = await SqliteStudyStore.OpenAsync(db, default);
        await store.WaitForFacetSnapshotAsync(default);
        var setReport = allOpen ? await BuildOpenTrialSetAsync(store) : null;
        var options = new MatchOptions { Candidates = candidates, AllOpen = allOpen };
        var verdicts = new List<OpenTrialCounts>();
        var inMemory = new List<double>();
        var set = allOpen ? await store.GetOpenTrialSetAsync(default) : null;

        // As `trialdex match` does: the note is read through the store's MeSH vocabulary when it has one.
        var vocabulary = await store.GetVocabularyAsync(default);
        Console.WriteLine(vocabulary is null ? "no MeSH vocabulary in the store" : $"MeSH vocabulary: {vocabulary.Descriptors.Count:N0} descriptors");
        var times = new List<double>();
        var reading = new List<double>();
        var screened = new List<int>();
        for (var round = -1; round < rounds; round++)
        {
            foreach (var note in notes)
            {
                // Each patient is a new search: nothing from the warm-up round or an earlier patient is reused.
                store.ClearSearchCache();
                var clock = Stopwatch.StartNew();
                var patient = PatientInput.Read(note, null, vocabulary).Result.Patient;
                var readMs = clock.Elapsed.TotalMilliseconds;
                var result = patient is null ? null : await TrialMatcher.MatchAsync(store, patient, options, default);
                var ms = clock.Elapsed.TotalMilliseconds;
                if (set is not null && patient is not null && round >= 0)
                {
                    // The in-memory part alone, for where the time goes: every open trial screened, nothing ranked.
                    var alone = Stopwatch.StartNew();
                    set.Screen(patient, options.Units, default);
                    inMemory.Add(alone.Elapsed.TotalMilliseconds);
                }

                if (round >= 0)
                {
                    times.Add(ms);
                    reading.Add(readMs);
                    screened.Add(result?.Candidates ?? 0);
                    if (result?.AllOpen is { } counts)
                    {
                        verdicts.Add(counts);
                    }
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| candidates ranked | {Percentile(screened.Select(s => (double)s).ToList(), 0.50):N0} | {Percentile(screened.Select(s => (double)s).ToList(), 0.95):N0} | {screened[^1]:N0} |"));
        reading.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| of which: reading the note (ms) | {Percentile(reading, 0.50):N1} | {Percentile(reading, 0.95):N1} | {reading[^1]:N1} |"));
        if (inMemory.Count > 0)
        {
            inMemory.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| of which: every open trial screened in memory, alone (ms) | {Percentile(inMemory, 0.50):N1} | {Percentile(inMemory, 0.95):N1} | {inMemory[^1]:N1} |"));
        }

        if (verdicts.Count > 0)
        {
            foreach (var (name, pick) in new (string, Func<OpenTrialCounts, int>)[]
                { ("open trials screened", c => c.Screened), ("likely eligible", c => c.LikelyEligible), ("possibly eligible", c => c.PossiblyEligible), ("not eligible", c => c.NotEligible) })
            {
                var values = verdicts.Select(c => (double)pick(c)).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(values, 0.50):N0} | {Percentile(values, 0.95):N0} | {values[^1]:N0} |"));
            }
        }

        if (setReport is not null)
        {
            Console.WriteLine();
            Console.WriteLine(setReport);
        }

        return 0;
    }

    /// <summary>Builds the store's open trial set and says how long it took, what it holds and the managed heap it added.</summary>
    private static async Task<string> BuildOpenTrialSetAsync(SqliteStudyStore store)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var set = await store.GetOpenTrialSetAsync(default);
        var waited = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(set);
        return string.Create(CultureInfo.InvariantCulture,
            $"open trial set: {set.Count:N0} trials, {set.DistinctCriteriaSets:N0} distinct parsed criteria holding {set.DistinctCriteria:N0} criteria; built in {(store.OpenTrialSetBuild?.Duration ?? waited).TotalSeconds:N1} s, managed heap +{(after - before) / 1048576.0:N0} MiB");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
