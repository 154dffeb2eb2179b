using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Storage.Sqlite;

namespace Trialdex.Benchmarks.Search;

/// <summary>
/// <c>search-latency --db PATH [--queries bench/queries.tsv] [--rounds 20] [--without-facets] [--without-text-index]</c>: the latency of every query of the
/// fixed set through the store's search (with facets and the total, as the API and pages ask), beside the bare FTS5
/// MATCH of the same words (top 10 by bm25, no areas, weights, MeSH, filters or facets), and of lookups by id.
/// Each search runs with the store's result cache emptied first (the latency of a search nobody asked before), then
/// once more at once (the latency of the same search asked again, or of its next page, from the cache).
/// Prints p50/p95 per query kind as Markdown for BENCHMARKS.md, and the store's size on disk.
/// </summary>
internal static class SearchLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var db = Synthetic.SynthCommand.Option(args, "--db");
        var queriesPath = Synthetic.SynthCommand.Option(args, "--queries") ?? Path.Combine("bench", "queries.tsv");
        var rounds = int.Parse(Synthetic.SynthCommand.Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        if (db is null || !File.Exists(db) || !File.Exists(queriesPath))
        {
            await Console.Error.WriteLineAsync("usage: search-latency --db PATH [--queries bench/queries.tsv] [--rounds 20] [--without-facets] [--without-text-index]");
            return 1;
        }

        var withoutFacets = args.Contains("--without-facets");
        var queries = BenchQuery.Load(queriesPath).Select(q => withoutFacets ? q with { Request = q.Request with { WithFacets = false } } : q).ToList();
        await using var store = await SqliteStudyStore.OpenAsync(db, default);
        store.TextIndexEnabled = !args.Contains("--without-text-index");
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        await store.WaitForFacetSnapshotAsync(default);
        var snapshotHeap = GC.GetTotalMemory(forceFullCollection: true) - heap;
        if (store.FacetSnapshotBuild is var (buildTime, bytes))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"facet snapshot: built in {buildTime.TotalMilliseconds:N0} ms; {bytes / 1048576.0:N1} MiB of arrays and names, heap grew {snapshotHeap / 1048576.0:N1} MiB"));
        }

        if (store.TextIndexEnabled)
        {
            heap = GC.GetTotalMemory(forceFullCollection: true);
            await store.WaitForTextIndexAsync(default);
            var textHeap = GC.GetTotalMemory(forceFullCollection: true) - heap;
            if (store.TextIndexBuild is var (textTime, textBytes))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"text index: built in {textTime.TotalSeconds:N1} s; {textBytes / 1048576.0:N0} MiB of postings counted, heap grew {textHeap / 1048576.0:N0} MiB"));
            }
        }

        await using var bare = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await bare.OpenAsync();

        var searchTimes = queries.ToDictionary(q => q, _ => new List<double>());
        var bareTimes = queries.ToDictionary(q => q, _ => new List<double>());
        var cachedTimes = queries.ToDictionary(q => q, _ => new List<double>());
        var totals = new Dictionary<BenchQuery, long?>();
        for (var round = -2; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                store.ClearSearchCache();
                var clock = Stopwatch.StartNew();
                var result = await store.SearchAsync(query.Request, default);
                var searchMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                await store.SearchAsync(query.Request, default);
                var cachedMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                await BareMatchAsync(bare, query.Words);
                var bareMs = clock.Elapsed.TotalMilliseconds;
                totals[query] = result.TotalCount;
                if (round >= 0)
                {
                    searchTimes[query].Add(searchMs);
                    bareTimes[query].Add(bareMs);
                    cachedTimes[query].Add(cachedMs);
                }
            }
        }

        var lookups = await LookupTimesAsync(store);
        Print(db, queries, searchTimes, bareTimes, cachedTimes, totals, lookups, rounds);
        return 0;
    }

    private static async Task BareMatchAsync(SqliteConnection connection, IReadOnlyList<string> words)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM study_fts WHERE study_fts MATCH $q ORDER BY bm25(study_fts) LIMIT 10";
        command.Parameters.AddWithValue("$q", string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    /// <summary>Lookups by id of 1,000 studies spread over the store, each twice (the second is timed).</summary>
    private static async Task<List<double>> LookupTimesAsync(SqliteStudyStore store)
    {
        var page = await store.SearchAsync(new SearchRequest { PageSize = 1000, Sort = [new Trialdex.Core.Search.SortKey("LastUpdatePostDate", true)] }, default);
        var times = new List<double>();
        foreach (var hit in page.Hits)
        {
            await store.FindAsync(hit.NctId, default);
        }

        foreach (var hit in page.Hits.Reverse())
        {
            var clock = Stopwatch.StartNew();
            _ = await store.FindAsync(hit.NctId.ToLowerInvariant(), default) ?? throw new InvalidOperationException("lost " + hit.NctId);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Print(
        string db, IReadOnlyList<BenchQuery> queries, Dictionary<BenchQuery, List<double>> search, Dictionary<BenchQuery, List<double>> bare,
        Dictionary<BenchQuery, List<double>> cached, Dictionary<BenchQuery, long?> totals, List<double> lookups, int rounds)
    {
        var size = new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {db}, {size / 1048576.0:N0} MiB on disk; {queries.Count} queries × {rounds} rounds; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine();
        Console.WriteLine("| query kind | queries | search with facets + total p50 (ms) | p95 (ms) | bare FTS5 MATCH p50 (ms) | p95 (ms) | asked again (cache) p50 (ms) | p95 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in queries.GroupBy(q => q.Kind))
        {
            var s = kind.SelectMany(q => search[q]).ToList();
            var b = kind.SelectMany(q => bare[q]).ToList();
            var c = kind.SelectMany(q => cached[q]).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind.Key} | {kind.Count()} | {Percentile(s, 50):N1} | {Percentile(s, 95):N1} | {Percentile(b, 50):N1} | {Percentile(b, 95):N1} | {Percentile(c, 50):N1} | {Percentile(c, 95):N1} |"));
        }

        var all = queries.SelectMany(q => search[q]).ToList();
        var allBare = queries.SelectMany(q => bare[q]).ToList();
        var allCached = queries.SelectMany(q => cached[q]).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all searches** | {queries.Count} | {Percentile(all, 50):N1} | {Percentile(all, 95):N1} | {Percentile(allBare, 50):N1} | {Percentile(allBare, 95):N1} | {Percentile(allCached, 50):N1} | {Percentile(allCached, 95):N1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| lookup by id | {lookups.Count} ids | {Percentile(lookups, 50):N2} | {Percentile(lookups, 95):N2} | | | | |"));
        Console.WriteLine();
        Console.WriteLine("| query | total | p50 (ms) | p95 (ms) | asked again p50 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{query.QueryString}` | {totals[query]:N0} | {Percentile(search[query], 50):N1} | {Percentile(search[query], 95):N1} | {Percentile(cached[query], 50):N1} |"));
        }
    }

    private static double Percentile(List<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }
}
