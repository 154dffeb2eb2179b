using System.IO.Compression;
using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary><c>trialdex eval criteria</c> on a brat zip written here, and on the real corpus in ../shared/data.</summary>
public sealed class EvalCriteriaTests : IDisposable
{
    private const string Text = "Inclusion Criteria:\n  -  BMI more than 30\n  -  Platelets >= 100 x 10^9/L\n";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Eval_criteria_prints_the_table_of_scores_and_counts_for_a_brat_zip()
    {
        var result = await _cli.RunAsync("eval", "criteria", "--lct", BratZip("lct.zip", ("NCT00000009", Text, Annotations())));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("1 documents, 2 gold comparisons with a value, 2 scored, 2 extracted", result.Output, StringComparison.Ordinal);
        Assert.Contains("| operator + value + unit right, overlapping spans | 1.000 | 1.000 | 1.000 | 2 | 2 | 2 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| ages (Age annotations), values right |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_criteria_json_gives_precision_recall_and_f1_per_measure_with_the_counts()
    {
        var result = await _cli.RunAsync("eval", "criteria", "--lct", BratZip("lct.zip", ("NCT00000009", Text, Annotations())), "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal(1, json["documents"]!.GetValue<int>());
        Assert.Equal(2, json["extractedScored"]!.GetValue<int>());
        var values = json["measures"]!["valuesOverlapping"]!;
        Assert.Equal((1.0, 1.0, 1.0, 2), (values["precision"]!.GetValue<double>(), values["recall"]!.GetValue<double>(), values["f1"]!.GetValue<double>(), values["gold"]!.GetValue<int>()));
        Assert.Equal(5, json["measures"]!.AsObject().Count);
    }

    [Fact]
    public async Task Eval_criteria_names_the_path_when_the_corpus_is_missing_or_not_a_brat_zip()
    {
        var missing = await _cli.RunAsync("eval", "criteria", "--lct", "no-such.zip");
        var notZip = await _cli.RunAsync("eval", "criteria", "--lct", _cli.Directory.Write("notes.zip", "not a zip"));
        var noPairs = await _cli.RunAsync("eval", "criteria", "--lct", BratZip("empty.zip", ("NCT00000009", Text, null)));

        Assert.Equal(ExitCodes.FileNotFound, missing.ExitCode);
        Assert.Contains(Path.Combine(_cli.Directory.Path, "no-such.zip"), missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInputFile, notZip.ExitCode);
        Assert.Contains("notes.zip is not a brat zip", notZip.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInputFile, noPairs.ExitCode);
        Assert.Contains("no pair of NCT*.txt and NCT*.ann", noPairs.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadArguments, (await _cli.RunAsync("eval", "criteria")).ExitCode);
    }

    [SharedDataFact]
    public async Task Eval_criteria_scores_every_document_of_the_real_leaf_corpus()
    {
        var result = await _cli.RunAsync("eval", "criteria", "--lct", SharedData.Path("eval", "criteria", "lct-brat.zip"), "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal(0, result.ExitCode);
        Assert.True(json["documents"]!.GetValue<int>() > 1000);
        Assert.InRange(json["measures"]!["valuesOverlapping"]!["precision"]!.GetValue<double>(), 0.01, 1);
    }

    /// <summary>Two comparisons annotated the way the Leaf corpus does, with offsets found in <see cref="Text"/>.</summary>
    private static string Annotations()
    {
        var bmi = Text.IndexOf("more than 30", StringComparison.Ordinal);
        var platelets = Text.IndexOf(">= 100", StringComparison.Ordinal);
        var unit = Text.IndexOf("10^9", StringComparison.Ordinal);
        return string.Join('\n',
            $"T1\tEq-Comparison {bmi} {bmi + 12}\tmore than 30",
            $"T2\tEq-Operator {bmi} {bmi + 9}\tmore than",
            $"T3\tEq-Value {bmi + 10} {bmi + 12}\t30",
            $"T4\tEq-Comparison {platelets + 3} {unit + 6}\t100 x 10^9/L",
            $"T5\tEq-Operator {platelets} {platelets + 2}\t>=",
            $"T6\tEq-Value {platelets + 3} {platelets + 6}\t100",
            $"T7\tEq-Unit {unit} {unit + 4}\t10^9",
            $"T8\tEq-Unit {unit + 5} {unit + 6}\tL",
            "E1\tEq-Comparison:T1 Operator:T2 Value:T3",
            "E2\tEq-Comparison:T4 Operator:T5 Value:T6 Unit:T7 Per:T8",
            "A1\tEq-Operator-Value T2 GT",
            "A2\tEq-Operator-Value T5 GTEQ",
            "");
    }

    private string BratZip(string name, params (string Id, string Text, string? Ann)[] documents)
    {
        var path = _cli.Directory.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (id, text, ann) in documents)
        {
            Write(zip, $"nic/{id}.txt", text);
            if (ann is not null)
            {
                Write(zip, $"nic/{id}.ann", ann);
            }
        }

        return path;
    }

    private static void Write(ZipArchive zip, string entryName, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
        writer.Write(content);
    }
}
