using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Trialdex.Web;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex serve</c>: the trial finder pages and the ClinicalTrials.gov API v2-compatible server over the store.</summary>
internal sealed class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls")
    {
        Description = "Where to listen (default http://127.0.0.1:5080)",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    private static readonly Option<int> SearchCacheMb = new("--search-cache-mb")
    {
        Description = "Memory for the results of recent searches, reused by their next pages and when the same search is asked again (default 64; 0 turns it off)",
        DefaultValueFactory = _ => 64,
    };

    private static readonly Option<bool> NoTextIndex = new("--no-text-index")
    {
        Description = "Match and score search text with the database's full-text index only, not an in-memory index "
            + "(saves memory, about 1.1 GiB at 500,000 studies, and its rebuild after each import; broad searches are slower)",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("serve", "Serve the trial finder pages and the API (/api/v2/studies, …) on the bundled sample or whatever was imported") { Urls, SearchCacheMb, NoTextIndex };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var database = context.ResolveDatabase(result.GetValue(GlobalOptions.Database));
        if (result.GetValue(SearchCacheMb) is < 0 or > 1_000_000)
        {
            await context.Error.WriteLineAsync("error: --search-cache-mb must be from 0 to 1000000 (megabytes)").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        await using var store = await StoreOpener.OpenAsync(database, loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        if (store is Storage.Sqlite.SqliteStudyStore sqlite)
        {
            sqlite.SearchCacheBytes = result.GetValue(SearchCacheMb) * 1048576L;
            sqlite.TextIndexEnabled = !result.GetValue(NoTextIndex);
            sqlite.PrepareSearches();
            sqlite.PrepareScreening();
        }

        var studies = (await store.GetStatisticsAsync(ct).ConfigureAwait(false)).Studies;
        await using var app = TrialdexWeb.Build(store, result.GetValue(Urls)!);
        await app.StartAsync(ct).ConfigureAwait(false);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Trialdex is serving {studies:N0} studies from {database} at {string.Join(", ", app.Urls)} (Ctrl+C to stop)")).ConfigureAwait(false);
        using var announcing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var announced = store is Storage.Sqlite.SqliteStudyStore prepared ? AnnounceSearchesReadyAsync(context, prepared, announcing.Token) : Task.CompletedTask;

        // Until Ctrl+C or SIGTERM (the host's own console lifetime sees both) or the caller's cancellation; then a
        // graceful stop that lets requests in flight finish.
        await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
        await announcing.CancelAsync().ConfigureAwait(false);
        await announced.ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Says when searches are answered from memory (the arrays and the text index built in the background, minutes
    /// on a large registry; until then they run on the database, correct but slower), or why they cannot be.
    /// </summary>
    private static async Task AnnounceSearchesReadyAsync(CliContext context, Storage.Sqlite.SqliteStudyStore store, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await store.WaitForFacetSnapshotAsync(ct).ConfigureAwait(false);
            if (store.TextIndexEnabled)
            {
                await store.WaitForTextIndexAsync(ct).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Searches are answered from memory now ({(store.TextIndexEnabled ? "arrays and text index" : "arrays")} built in {clock.Elapsed.TotalSeconds:N1} s)")).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (InvalidOperationException ex)
        {
            await context.Error.WriteLineAsync($"warning: searches keep running on the database: {ex.Message}: {ex.InnerException?.Message}").ConfigureAwait(false);
        }
    }
}
