using System.CommandLine;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex vocab import PATH…</c>: loads the MeSH vocabulary that condition searches expand through.</summary>
internal sealed class VocabCommand
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "NLM MeSH descriptor XML (descYYYY.xml), JSON [{\"id\",\"name\",\"synonyms\"}], and/or a tree file (TREE<TAB>Heading)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Create(CliContext context)
    {
        var import = new Command("import", "Replace the stored MeSH vocabulary with the one in these files") { Paths };
        import.SetAction((result, ct) => CommandRunner.RunAsync(context, () => ImportAsync(context, result, ct), ct));
        return new Command("vocab", "The MeSH vocabulary used for condition search") { import };
    }

    private static async Task<int> ImportAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var paths = result.GetValue(Paths)!.Select(p => Path.GetFullPath(p, context.WorkingDirectory)).ToList();
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            await context.Error.WriteLineAsync($"error: no such file: {string.Join(", ", missing)}").ConfigureAwait(false);
            return ExitCodes.FileNotFound;
        }

        MeshVocabulary vocabulary;
        try
        {
            vocabulary = MeshVocabularyReader.Read(paths);
        }
        catch (VocabularyFormatException ex)
        {
            await context.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        var summary = await store.ReplaceVocabularyAsync(vocabulary, ct).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"vocabulary: {summary.Descriptors} descriptors, {summary.EntryTerms} entry terms, {summary.TreeNumbers} tree numbers").ConfigureAwait(false);

        // The stored criteria are parsed with the vocabulary (conditions normalised to MeSH): what the old one made is stale now.
        await CriteriaStoreUpdate.RunAsync(context, store, ct).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
