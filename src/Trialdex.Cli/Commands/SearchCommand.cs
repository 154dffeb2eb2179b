using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex search TEXT</c>: plain full-text ranking over the stored studies.</summary>
internal sealed class SearchCommand
{
    private static readonly Argument<string[]> Text = new("TEXT") { Description = "Words to look for", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<int> Limit = new("--limit") { Description = "How many hits to show (1-1000)", DefaultValueFactory = _ => 20 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the hits as JSON" };

    static SearchCommand() => Limit.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<int>() is < 1 or > 1000)
        {
            r.AddError("--limit must be between 1 and 1000");
        }
    });

    public static Command Create(CliContext context)
    {
        var command = new Command("search", "Full-text search over titles, conditions, interventions, summaries, criteria, outcomes, sponsors and sites") { Text, Limit, Json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        var hits = await store.SearchTextAsync(string.Join(' ', result.GetValue(Text)!), result.GetValue(Limit), ct).ConfigureAwait(false);
        if (result.GetValue(Json))
        {
            var rows = hits.Select(h => new Dictionary<string, object?> { ["nctId"] = h.NctId, ["briefTitle"] = h.BriefTitle, ["overallStatus"] = h.OverallStatus, ["score"] = Math.Round(h.Score, 4) });
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Indented)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (hits.Count == 0)
        {
            context.Console.WriteLine("no studies found");
            return ExitCodes.Success;
        }

        var table = new Table().AddColumn("NCT id").AddColumn("Status").AddColumn("Title").AddColumn(new TableColumn("Score").RightAligned());
        foreach (var hit in hits)
        {
            table.AddRow(hit.NctId, Markup.Escape(hit.OverallStatus ?? ""), Markup.Escape(hit.BriefTitle ?? ""), hit.Score.ToString("0.00", CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hits.Count} studies"));
        return ExitCodes.Success;
    }
}
