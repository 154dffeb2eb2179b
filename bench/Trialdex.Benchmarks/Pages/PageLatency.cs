using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Trialdex.Storage.Sqlite;
using Trialdex.Web;

namespace Trialdex.Benchmarks.Pages;

/// <summary>
/// <c>page-latency --db PATH [--queries bench/queries.tsv] [--trials 500] [--rounds 5] [--seed 20261206]</c>: the
/// server time of the trial finder's pages. Starts the web application exactly as <c>trialdex serve</c> builds it
/// (<see cref="TrialdexWeb.Build"/>, Kestrel on a free loopback port; request logging off), warms it up, then
/// requests one at a time the trial page of a random sample of stored trials (each once) and the search pages of
/// <see cref="PageRequest.Searches"/> (each once per round). Server time is ASP.NET Core's own request activity
/// (from the request's arrival to the end of its response, body included); client time on loopback is shown beside it.
/// Prints p50/p95/max per page kind as Markdown for BENCHMARKS.md.
/// </summary>
internal static class PageLatency
{
    private const int WarmUpTrials = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var db = Synthetic.SynthCommand.Option(args, "--db");
        var queriesPath = Synthetic.SynthCommand.Option(args, "--queries") ?? Path.Combine("bench", "queries.tsv");
        var trialCount = int.Parse(Synthetic.SynthCommand.Option(args, "--trials") ?? "500", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Synthetic.SynthCommand.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var seed = int.Parse(Synthetic.SynthCommand.Option(args, "--seed") ?? "20261206", CultureInfo.InvariantCulture);
        if (db is null || !File.Exists(db) || !File.Exists(queriesPath))
        {
            await Console.Error.WriteLineAsync("usage: page-latency --db PATH [--queries bench/queries.tsv] [--trials 500] [--rounds 5] [--seed 20261206]");
            return 1;
        }

        var ids = await StoredIdsAsync(db);
        var random = new Random(seed);
        var sample = ids.OrderBy(_ => random.Next()).Take(trialCount + WarmUpTrials).ToList();
        var searches = PageRequest.Searches(queriesPath);

        using var timings = new ServerTimings();
        await using var store = await SqliteStudyStore.OpenAsync(db, default);
        await using var app = TrialdexWeb.Build(store, "http://127.0.0.1:0", ["--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        // Warm-up: JIT, the Razor components, SQLite's page cache; trials other than the timed ones.
        foreach (var page in sample.Take(WarmUpTrials).Select(PageRequest.Trial).Concat(searches).Concat(searches))
        {
            await TimeAsync(client, timings, page);
        }

        var results = new List<(PageRequest Page, double ServerMs, double ClientMs)>();
        foreach (var page in sample.Skip(WarmUpTrials).Select(PageRequest.Trial))
        {
            results.Add(await TimeAsync(client, timings, page));
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in searches)
            {
                results.Add(await TimeAsync(client, timings, page));
            }
        }

        await app.StopAsync();
        Print(db, ids.Count, sample.Count - WarmUpTrials, searches.Count, rounds, results);
        return 0;
    }

    private static async Task<(PageRequest Page, double ServerMs, double ClientMs)> TimeAsync(HttpClient client, ServerTimings timings, PageRequest page)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(page.Url, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        var clientMs = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{page}: {(int)response.StatusCode}");
        }

        return (page, await timings.NextAsync(), clientMs);
    }

    private static async Task<List<string>> StoredIdsAsync(string db)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT nct_id FROM studies ORDER BY id";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static void Print(string db, int stored, int trials, int searches, int rounds, List<(PageRequest Page, double ServerMs, double ClientMs)> results)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {db}, {stored:N0} studies; {trials} trial pages once each, {searches} search pages × {rounds} rounds; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine();
        Console.WriteLine("| page kind | pages | requests | server p50 (ms) | server p95 (ms) | server max (ms) | client p50 (ms) | client p95 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var kinds = results.GroupBy(r => r.Page.Kind).Select(g => (g.Key, g.ToList())).ToList();
        kinds.Add(("**all search pages**", results.Where(r => r.Page.Kind.StartsWith("search", StringComparison.Ordinal)).ToList()));
        foreach (var (kind, rows) in kinds)
        {
            var server = rows.Select(r => r.ServerMs).ToList();
            var client = rows.Select(r => r.ClientMs).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {rows.Select(r => r.Page.Url).Distinct().Count()} | {rows.Count} | {Percentile(server, 50):N1} | {Percentile(server, 95):N1} | {server.Max():N1} | {Percentile(client, 50):N1} | {Percentile(client, 95):N1} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| search page | server p50 (ms) | server p95 (ms) | server max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var page in results.Where(r => r.Page.Kind.StartsWith("search", StringComparison.Ordinal)).GroupBy(r => r.Page.Url))
        {
            var server = page.Select(r => r.ServerMs).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{page.Key}` | {Percentile(server, 50):N1} | {Percentile(server, 95):N1} | {server.Max():N1} |"));
        }

        var slowest = results.Where(r => r.Page.Kind == "trial page").OrderByDescending(r => r.ServerMs).Take(5);
        Console.WriteLine();
        Console.WriteLine("slowest trial pages: " + string.Join(", ", slowest.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Page.Url} {r.ServerMs:N1} ms"))));
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }

    /// <summary>
    /// Each request's duration as ASP.NET Core's hosting layer measures it (its <c>Microsoft.AspNetCore.Hosting.HttpRequestIn</c>
    /// activity, stopped once the response is complete), in the order requests finish: one request at a time, so in request order.
    /// </summary>
    private sealed class ServerTimings : IDisposable
    {
        private readonly Channel<double> _durations = Channel.CreateUnbounded<double>();
        private readonly ActivityListener _listener;

        public ServerTimings()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity => _durations.Writer.TryWrite(activity.Duration.TotalMilliseconds),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public async Task<double> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return await _durations.Reader.ReadAsync(timeout.Token);
        }

        public void Dispose() => _listener.Dispose();
    }
}
