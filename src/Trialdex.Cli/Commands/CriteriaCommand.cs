using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex criteria NCTID</c> or <c>trialdex criteria --text FILE|-</c>: a study's (or any pasted) eligibility
/// criteria, each with the computable constraints read from it and the exact span each came from. A stored study's
/// criteria were parsed at import; <c>--update-store</c> parses again those an older parser stored.
/// </summary>
internal sealed class CriteriaCommand
{
    private static readonly Argument<string?> Id = new("NCTID") { Description = "A stored study's id", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<string?> Text = new("--text") { Description = "Parse criteria text from this file instead (- for standard input)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the criteria and constraints as JSON" };
    private static readonly Option<bool> UpdateStore = new("--update-store") { Description = "Parse again and store the criteria of every study parsed by an older parser" };

    public static Command Create(CliContext context, TextReader input)
    {
        var command = new Command("criteria", "Show eligibility criteria parsed into inclusion/exclusion criteria and computable constraints") { Id, Text, Json, UpdateStore };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, input, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, TextReader input, ParseResult result, CancellationToken ct)
    {
        if (result.GetValue(UpdateStore))
        {
            return result.GetValue(Id) is null && result.GetValue(Text) is null
                ? await CriteriaStoreUpdate.RunAsync(context, context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), ct).ConfigureAwait(false)
                : await BadArgumentsAsync(context, "--update-store takes no study id and no --text").ConfigureAwait(false);
        }

        ParsedCriteria parsed;
        if (result.GetValue(Text) is { } file)
        {
            if (file != "-" && !File.Exists(Path.GetFullPath(file, context.WorkingDirectory)))
            {
                await context.Error.WriteLineAsync($"error: no such file: {file}").ConfigureAwait(false);
                return ExitCodes.FileNotFound;
            }

            var criteria = file == "-" ? await input.ReadToEndAsync(ct).ConfigureAwait(false) : await File.ReadAllTextAsync(Path.GetFullPath(file, context.WorkingDirectory), ct).ConfigureAwait(false);
            parsed = ConstraintExtractor.Parse(criteria, await ExistingVocabularyAsync(context, result, ct).ConfigureAwait(false));
        }
        else if (result.GetValue(Id) is { } id)
        {
            await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
            // Parsed at import; the store parses again only what an older parser version stored.
            var stored = await store.GetParsedCriteriaAsync([id], ct).ConfigureAwait(false);
            if (stored.Values.FirstOrDefault() is not { } found)
            {
                await context.Error.WriteLineAsync($"error: no study {id}; try 'trialdex search' to find one").ConfigureAwait(false);
                return ExitCodes.StudyNotFound;
            }

            parsed = found;
        }
        else
        {
            return await BadArgumentsAsync(context, "give a study id, or --text FILE (or - for standard input), or --update-store").ConfigureAwait(false);
        }

        if (result.GetValue(Json))
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(ToJson(parsed), CliJson.Indented)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (parsed.Criteria.Count == 0)
        {
            context.Console.WriteLine(result.GetValue(Id) is { } study ? $"{study} states no eligibility criteria." : "No eligibility criteria found in the text.");
            return ExitCodes.Success;
        }

        foreach (var criterion in parsed.Criteria)
        {
            context.Console.WriteLine($"{new string(' ', criterion.Depth * 2)}[{criterion.Kind}] {criterion.Text}");
            foreach (var constraint in criterion.Constraints)
            {
                context.Console.MarkupLine($"{new string(' ', criterion.Depth * 2 + 4)}[grey]{Markup.Escape(constraint.ToString())}[/]");
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>The MeSH vocabulary of the database, when the database exists and has one: pasted criteria are read as stored ones are. No database is created.</summary>
    private static async Task<Core.Vocabulary.MeshVocabulary?> ExistingVocabularyAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var database = context.ResolveDatabase(result.GetValue(GlobalOptions.Database));
        if (!File.Exists(database))
        {
            return null;
        }

        await using var store = await StoreOpener.OpenAsync(database, loadSampleWhenFresh: false, ct).ConfigureAwait(false);
        return await store.GetVocabularyAsync(ct).ConfigureAwait(false);
    }

    private static async Task<int> BadArgumentsAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return ExitCodes.BadArguments;
    }

    private static object ToJson(ParsedCriteria parsed) => new
    {
        criteria = parsed.Criteria.Select(c => new
        {
            kind = c.Kind.ToString(),
            text = c.Text,
            span = new { start = c.Span.Start, length = c.Span.Length },
            depth = c.Depth,
            constraints = c.Constraints.Select(k => new
            {
                kind = k.Kind.ToString(),
                field = k.Field,
                @operator = k.Operator?.ToString(),
                values = k.Values,
                valueTexts = k.ValueTexts,
                unit = k.Unit,
                normalized = k.Normalized is { } n ? new { values = n.Values, unit = n.Unit, kind = n.Kind.ToString() } : null,
                label = k.Label,
                flags = k.Flags.ToString(),
                span = k.SourceSpan is { } s ? new { start = s.Start, length = s.Length } : null,
                text = k.ToString(),
            }),
        }),
    };
}
