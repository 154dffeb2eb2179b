using System.CommandLine;
using System.Text.Json;
using Trialdex.Core.Eligibility.Evaluation;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex eval criteria --lct PATH [--json]</c>: scores the constraint extractor against the Leaf Clinical
/// Trials corpus (a zip of brat NCT*.txt and NCT*.ann files) and prints the table EVALUATION.md records.
/// </summary>
internal sealed class EvalCriteriaCommand
{
    private static readonly Option<string> Lct = new("--lct") { Description = "The Leaf Clinical Trials corpus as a brat zip (lct-brat.zip)", Required = true };
    private static readonly Option<bool> Json = new("--json") { Description = "Print precision, recall and F1 per measure and the counts as JSON" };

    public static Command Create(CliContext context)
    {
        var command = new Command("criteria", "Score the criteria constraint extractor against the Leaf Clinical Trials corpus") { Lct, Json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var path = Path.GetFullPath(result.GetValue(Lct)!, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"error: no such file: {path} (the Leaf Clinical Trials corpus as a brat zip, lct-brat.zip)").ConfigureAwait(false);
            return ExitCodes.FileNotFound;
        }

        LeafEvaluationResult scores;
        try
        {
            scores = await Task.Run(() => LeafCorpusEvaluation.Run(path), ct).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            return await NotBratAsync(context, path, e.Message).ConfigureAwait(false);
        }

        if (scores.Documents == 0)
        {
            return await NotBratAsync(context, path, "it holds no pair of NCT*.txt and NCT*.ann files").ConfigureAwait(false);
        }

        var output = result.GetValue(Json) ? JsonSerializer.Serialize(LeafScoresOutput.ToJson(path, scores), CliJson.Indented) : LeafScoresOutput.Table(scores);
        await context.Out.WriteLineAsync(output).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> NotBratAsync(CliContext context, string path, string reason)
    {
        await context.Error.WriteLineAsync($"error: {path} is not a brat zip of the Leaf Clinical Trials corpus: {reason}").ConfigureAwait(false);
        return ExitCodes.InvalidInputFile;
    }
}
