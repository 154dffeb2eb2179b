using System.Globalization;
using Trialdex.Core.Import;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex criteria --update-store</c>: parses again, in batches, the criteria of every stored study whose stored
/// parse an older parser version or another vocabulary made (or that was stored before parses were), with the
/// import's progress display. <c>trialdex vocab import</c> runs it too, as a new vocabulary makes every parse stale.
/// </summary>
internal static class CriteriaStoreUpdate
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(CliContext context, string database, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(database, loadSampleWhenFresh: false, ct).ConfigureAwait(false);
        await RunAsync(context, store, ct).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Parses again the stale criteria of <paramref name="store"/>; writes "reparsed N, current C".</summary>
    public static async Task RunAsync(CliContext context, Core.Store.IStudyStore store, CancellationToken ct)
    {
        var before = await store.CountParsedCriteriaAsync(ct).ConfigureAwait(false);
        var progress = new ImportProgress { BytesTotal = before.Outdated };
        var reparsed = await ImportProgressDisplay.RunAsync(context, progress, async () =>
        {
            long done = 0;
            while (await store.UpdateParsedCriteriaAsync(BatchSize, ct).ConfigureAwait(false) is var count and > 0)
            {
                done += count;
                progress.AddRecords(count);
                progress.AddBytes(count);
            }

            return done;
        }, "Parsing criteria").ConfigureAwait(false);
        // As the import's "unchanged": the studies whose stored parse was already current.
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"reparsed {reparsed}, current {before.Current}")).ConfigureAwait(false);
    }
}
