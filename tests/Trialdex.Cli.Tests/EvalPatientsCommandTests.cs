using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary><c>trialdex eval patients</c> on a tiny hand-made set: two judged trials of one topic.</summary>
public sealed class EvalPatientsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Json_output_has_the_measures_of_the_matcher_and_of_the_bm25_baseline()
    {
        var queries = _cli.Directory.Write("q.jsonl", "{\"_id\": \"t1\", \"text\": \"A 50-year-old man with a study condition.\"}\n");
        var qrels = _cli.Directory.Write("qrels.tsv", $"query-id\tcorpus-id\tscore\nt1\t{TestStudies.Id(1)}\t2\nt1\t{TestStudies.Id(2)}\t1\nt1\tNCT99999999\t0\n");
        var trials = _cli.Directory.Write("trials/studies.json", "[" + TestStudies.Json(TestStudies.Id(1)) + "," + TestStudies.Json(TestStudies.Id(2)) + "]");

        var result = await _cli.RunAsync("eval", "patients", "--queries", queries, "--qrels", qrels, "--trials", trials, "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal(2, json["pairs"]!.GetValue<int>());
        Assert.Equal(1, json["topics"]!.GetValue<int>());
        Assert.Equal(1, json["missingTrials"]!.GetValue<int>());
        foreach (var key in new[] { "ndcg10", "p10", "auroc", "pairs", "topics" })
        {
            Assert.NotNull(json[key]);
            Assert.NotNull(json["baseline"]![key]);
        }
    }

    [Fact]
    public async Task A_missing_queries_file_is_reported_with_its_exit_code()
    {
        var result = await _cli.RunAsync("eval", "patients", "--queries", "nope.jsonl", "--qrels", "nope.tsv", "--trials", "nope.zip");

        Assert.Equal(ExitCodes.FileNotFound, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }
}
