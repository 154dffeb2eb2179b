using System.CommandLine;
using System.Globalization;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Store;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex import PATH…</c>: every ClinicalTrials.gov format, streamed into the store.</summary>
internal sealed class ImportCommand
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Files or directories: API v2 JSON (.json, .ndjson, .jsonl), ctg-studies.json.zip, legacy XML (.xml) or AllPublicXML.zip",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> RejectsOption = new("--rejects")
    {
        Description = "Where to write the rejects report (JSON lines); default import-rejects-<time>.jsonl, written only when something is rejected",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Import studies from ClinicalTrials.gov downloads; newer records replace older ones") { Paths, RejectsOption };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var paths = result.GetValue(Paths)!.Select(p => Path.GetFullPath(p, context.WorkingDirectory)).ToList();
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            await context.Error.WriteLineAsync($"error: no such file or directory: {string.Join(", ", missing)}").ConfigureAwait(false);
            return ExitCodes.FileNotFound;
        }

        var started = DateTimeOffset.UtcNow;
        var rejectsPath = Path.GetFullPath(
            result.GetValue(RejectsOption) ?? $"import-rejects-{started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.jsonl",
            context.WorkingDirectory);
        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: false, ct).ConfigureAwait(false);
        // With a MeSH vocabulary in the store, the criteria are parsed with it, as every stored parse is.
        var vocabulary = await store.GetVocabularyAsync(ct).ConfigureAwait(false);
        var progress = new ImportProgress { BytesTotal = SourceWalker.TotalBytes(paths) };
        using var report = new RejectReport(context, rejectsPath);
        var summary = await ImportProgressDisplay.RunAsync(context, progress, () =>
            new StudyImporter(store, vocabulary: vocabulary).ImportAsync(SourceWalker.Enumerate(paths, progress), progress, report.Add, report.Skip, ct)).ConfigureAwait(false);
        await store.RecordImportRunAsync(
            new ImportRunRecord(started, DateTimeOffset.UtcNow, string.Join("; ", paths), summary.Imported, summary.Updated, summary.Unchanged, summary.Rejected),
            report.ReadBack(), ct).ConfigureAwait(false);
        await report.FinishAsync().ConfigureAwait(false);
        await context.Out.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
        if (summary.Imported + summary.Updated + summary.Unchanged == 0)
        {
            await context.Error.WriteLineAsync("error: no study could be read from the input").ConfigureAwait(false);
            return ExitCodes.NothingImported;
        }

        return ExitCodes.Success;
    }
}
