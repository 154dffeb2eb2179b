using Trialdex.Core.Import;
using Trialdex.Core.Sample;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite;

namespace Trialdex.Cli;

/// <summary>
/// Opens the store a command works on. A fresh database is given the bundled sample trials on first use, so a new
/// user sees real trials at once — except by <c>import</c>, where the user brings their own data.
/// </summary>
internal static class StoreOpener
{
    public static async Task<IStudyStore> OpenAsync(string path, bool loadSampleWhenFresh, CancellationToken ct)
    {
        var store = await SqliteStudyStore.OpenAsync(path, ct).ConfigureAwait(false);
        if (loadSampleWhenFresh && await store.IsFreshAsync(ct).ConfigureAwait(false))
        {
            await LoadSampleAsync(store, ct).ConfigureAwait(false);
        }

        return store;
    }

    /// <summary>Imports the bundled sample trials through the normal pipeline and records the run.</summary>
    public static async Task<ImportSummary> LoadSampleAsync(IStudyStore store, CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
        var records = SampleStudies.All.Select(s => (ImportItem)new RawRecord("bundled sample", s.Name, SourceFormat.Sample, s.Utf8Json));
        var rejects = new List<RecordReject>();
        var summary = await new StudyImporter(store).ImportAsync(records, new ImportProgress(), rejects.Add, null, ct).ConfigureAwait(false);
        await store.RecordImportRunAsync(
            new ImportRunRecord(started, DateTimeOffset.UtcNow, "bundled sample", summary.Imported, summary.Updated, summary.Unchanged, summary.Rejected),
            rejects, ct).ConfigureAwait(false);
        return summary;
    }
}
