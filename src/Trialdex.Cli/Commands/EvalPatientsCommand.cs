using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Trialdex.Core.Eligibility.Evaluation.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex eval patients --queries Q.jsonl --qrels QRELS.tsv --trials PATH [--json]</c>: ranks each topic's judged
/// trials found in PATH with the matcher and with plain BM25, and reports NDCG@10, P@10 and AUROC of both.
/// </summary>
internal static class EvalPatientsCommand
{
    private static readonly Option<string> Queries = new("--queries") { Description = "Topics as JSON lines ({\"_id\", \"text\"})", Required = true };
    private static readonly Option<string> Qrels = new("--qrels") { Description = "Judgments as TSV (query-id, corpus-id, score 0/1/2)", Required = true };
    private static readonly Option<string[]> Trials = new("--trials") { Description = "Trial records: an XML zip, JSON files or folders", Required = true, AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string[]> Mesh = new("--mesh") { Description = "MeSH files (descriptors JSON or XML, tree file) to find conditions in notes and criteria", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> Details = new("--details") { Description = "Write one line per ranked pair to this TSV file" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the measures as JSON" };

    public static Command Create(CliContext context)
    {
        var command = new Command("patients", "Rank judged trials for patient descriptions (TREC CT 2021, SIGIR) against plain BM25") { Queries, Qrels, Trials, Mesh, Details, Json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var queries = Path.GetFullPath(result.GetValue(Queries)!, context.WorkingDirectory);
        var qrels = Path.GetFullPath(result.GetValue(Qrels)!, context.WorkingDirectory);
        var trials = result.GetValue(Trials)!.Select(t => Path.GetFullPath(t, context.WorkingDirectory)).ToList();
        var mesh = (result.GetValue(Mesh) ?? []).Select(t => Path.GetFullPath(t, context.WorkingDirectory)).ToList();
        foreach (var path in trials.Concat(mesh).Prepend(qrels).Prepend(queries).Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            await context.Error.WriteLineAsync($"error: no such file: {path}").ConfigureAwait(false);
            return ExitCodes.FileNotFound;
        }

        var topics = PatientTopics.ReadQueries(queries);
        var judgments = PatientTopics.ReadQrels(qrels);
        var studies = await Task.Run(() => JudgedTrials.Read(trials, judgments.Select(j => j.NctId).ToHashSet(StringComparer.Ordinal)), ct).ConfigureAwait(false);
        var vocabulary = mesh.Count > 0 ? MeshVocabularyReader.Read(mesh) : null;
        var detailsPath = result.GetValue(Details) is { } d ? Path.GetFullPath(d, context.WorkingDirectory) : null;
        await using var details = detailsPath is null ? null : new StreamWriter(detailsPath);
        var measured = await Task.Run(() => PatientEvaluation.Run(topics, judgments, studies, vocabulary, details), ct).ConfigureAwait(false);
        if (result.GetValue(Json))
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(ToJson(measured), CliJson.Indented)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"pairs {measured.Pairs} (eligible {measured.Eligible}, excluded {measured.Excluded}) over {measured.Topics} topics, {measured.ScoredTopics} with a relevant trial; {measured.MissingTrials} judged trials not in --trials")).ConfigureAwait(false);
        await context.Out.WriteLineAsync(Line("matcher", measured.Matcher)).ConfigureAwait(false);
        await context.Out.WriteLineAsync(Line("BM25", measured.Baseline)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Line(string name, RankingScores s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-8} NDCG@10 {s.Ndcg10:0.000}  P@10 {s.P10:0.000}  AUROC {(s.Auroc is { } a ? a.ToString("0.000", CultureInfo.InvariantCulture) : "n/a")}");

    private static object ToJson(PatientEvaluationResult r) => new
    {
        ndcg10 = r.Matcher.Ndcg10,
        p10 = r.Matcher.P10,
        auroc = r.Matcher.Auroc,
        pairs = r.Pairs,
        topics = r.Topics,
        scoredTopics = r.ScoredTopics,
        eligible = r.Eligible,
        excluded = r.Excluded,
        missingTrials = r.MissingTrials,
        baseline = new { ndcg10 = r.Baseline.Ndcg10, p10 = r.Baseline.P10, auroc = r.Baseline.Auroc, pairs = r.Pairs, topics = r.Topics },
    };
}
