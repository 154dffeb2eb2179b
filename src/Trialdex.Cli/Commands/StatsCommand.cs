using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Trialdex.Core.Store;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex stats</c>: what the store holds, by status, phase, type, country and source.</summary>
internal sealed class StatsCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print the statistics as a JSON object" };

    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Count the stored studies by status, phase, study type, country and source format") { Json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        var stats = await store.GetStatisticsAsync(ct).ConfigureAwait(false);
        if (result.GetValue(Json))
        {
            await context.Out.WriteLineAsync(ToJson(stats)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stats.Studies:N0} studies"));
        if (stats.LastImport is { } last)
        {
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"last import: {last.FinishedAt:yyyy-MM-dd HH:mm:ss} UTC from {last.Sources} ({last.Imported} imported, {last.Updated} updated, {last.Unchanged} unchanged, {last.Rejected} rejected)"));
        }

        foreach (var (title, counts) in new[] { ("Status", stats.ByStatus), ("Phase", stats.ByPhase), ("Study type", stats.ByStudyType), ("Source", stats.BySource), ("Country (top 20)", stats.ByCountry) })
        {
            var table = new Table().Title(title).AddColumn("Value").AddColumn(new TableColumn("Studies").RightAligned());
            foreach (var (key, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(20))
            {
                table.AddRow(Markup.Escape(key), count.ToString("N0", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
        }

        return ExitCodes.Success;
    }

    internal static string ToJson(StoreStatistics stats)
    {
        var document = new Dictionary<string, object?>
        {
            ["studies"] = stats.Studies,
            ["byStatus"] = Sorted(stats.ByStatus),
            ["byPhase"] = Sorted(stats.ByPhase),
            ["byStudyType"] = Sorted(stats.ByStudyType),
            ["byCountry"] = Sorted(stats.ByCountry),
            ["bySource"] = Sorted(stats.BySource),
            ["lastImport"] = stats.LastImport is { } last ? new Dictionary<string, object>
            {
                ["startedAt"] = last.StartedAt,
                ["finishedAt"] = last.FinishedAt,
                ["sources"] = last.Sources,
                ["imported"] = last.Imported,
                ["updated"] = last.Updated,
                ["unchanged"] = last.Unchanged,
                ["rejected"] = last.Rejected,
            } : null,
        };
        return JsonSerializer.Serialize(document, CliJson.Indented);
    }

    private static SortedDictionary<string, long> Sorted(IReadOnlyDictionary<string, long> counts) => new(counts.ToDictionary(), StringComparer.Ordinal);
}
