using System.CommandLine;
using System.Text;
using Trialdex.Core.Import;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex show NCTID</c>: one study with every section a trial page shows, or its stored JSON.</summary>
internal sealed class ShowCommand
{
    private static readonly Argument<string> Id = new("NCTID") { Description = "The study's NCT id (case-insensitive)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the stored JSON exactly as imported" };
    private static readonly Option<bool> Source = new("--source") { Description = "Print the original source document (the legacy XML for records imported from XML)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("show", "Show one study: status, conditions, treatments, eligibility, design, groups, contacts and sites") { Id, Json, Source };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        var id = result.GetValue(Id)!.Trim();
        var study = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (study is null)
        {
            await context.Error.WriteLineAsync($"error: no study {id} in {context.ResolveDatabase(result.GetValue(GlobalOptions.Database))}; try 'trialdex search' to find one").ConfigureAwait(false);
            return ExitCodes.StudyNotFound;
        }

        if (result.GetValue(Source))
        {
            var original = study.OriginalDocument ?? study.Json;
            await context.Out.WriteLineAsync(Encoding.UTF8.GetString(original.Span)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (result.GetValue(Json))
        {
            await context.Out.WriteLineAsync(Encoding.UTF8.GetString(study.Json.Span)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        StudyRenderer.Render(context.Console, Core.Studies.StudyJson.Parse(study.Json.Span), study);
        return ExitCodes.Success;
    }
}
