using System.CommandLine;
using System.Text;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex export</c>: every stored study's JSON exactly as imported, as one JSON array or one study per line,
/// so an export imported elsewhere gives the same studies back.
/// </summary>
internal sealed class ExportCommand
{
    private static readonly Option<string> Format = new("--format")
    {
        Description = "json (one array, like the website's download) or ndjson (one study per line)",
        DefaultValueFactory = _ => "json",
    };

    private static readonly Option<string?> Out = new("--out") { Description = "Write to this file instead of standard output" };

    static ExportCommand() => Format.AcceptOnlyFromAmong("json", "ndjson");

    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export every stored study losslessly as API v2 JSON") { Format, Out };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        var outPath = result.GetValue(Out);
        var ndjson = result.GetValue(Format) == "ndjson";
        await using var file = outPath is null ? null : new StreamWriter(Path.GetFullPath(outPath, context.WorkingDirectory), append: false, new UTF8Encoding(false));
        var writer = (TextWriter?)file ?? context.Out;
        var count = 0;
        if (!ndjson)
        {
            await writer.WriteAsync('[').ConfigureAwait(false);
        }

        await foreach (var study in store.ExportAsync(ct).ConfigureAwait(false))
        {
            var json = Encoding.UTF8.GetString(study.Json.Span);
            if (ndjson)
            {
                await writer.WriteLineAsync(Compact(json)).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteAsync(count == 0 ? "\n" : ",\n").ConfigureAwait(false);
                await writer.WriteAsync(json).ConfigureAwait(false);
            }

            count++;
        }

        if (!ndjson)
        {
            await writer.WriteLineAsync("\n]").ConfigureAwait(false);
        }

        if (outPath is not null)
        {
            await context.Error.WriteLineAsync($"exported {count} studies to {outPath}").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>One line per study: re-serialises only when the stored JSON spans lines; the value is unchanged.</summary>
    private static string Compact(string json) =>
        json.Contains('\n', StringComparison.Ordinal) ? System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString() : json;
}
