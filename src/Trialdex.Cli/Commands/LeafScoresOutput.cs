using System.Globalization;
using System.Text;
using Trialdex.Core.Eligibility.Evaluation;

namespace Trialdex.Cli.Commands;

/// <summary>The Leaf evaluation's scores as the Markdown table of EVALUATION.md, or as a JSON object.</summary>
internal static class LeafScoresOutput
{
    private static (string Key, string Label, Func<LeafEvaluationResult, EvaluationScore> Score)[] Measures { get; } =
    [
        ("valuesOverlapping", "operator + value + unit right, overlapping spans", r => r.ValuesOverlapping),
        ("valuesExact", "operator + value + unit right, exact spans", r => r.ValuesExact),
        ("spansOverlapping", "span only, overlapping", r => r.SpansOverlapping),
        ("spansExact", "span only, exact", r => r.SpansExact),
        ("ages", "ages (Age annotations), values right", r => r.Ages),
    ];

    public static string Table(LeafEvaluationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{result.Documents:N0} documents, {result.GoldComparisons:N0} gold comparisons with a value, {result.GoldScored:N0} scored, {result.PredictedScored:N0} extracted");
        text.AppendLine();
        text.AppendLine("| measure | precision | recall | F1 | matched | extracted | gold |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (_, label, score) in Measures)
        {
            var s = score(result);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.Matched} | {s.Predicted} | {s.Gold} |");
        }

        return text.ToString().TrimEnd();
    }

    public static object ToJson(string path, LeafEvaluationResult result) => new
    {
        corpus = path,
        documents = result.Documents,
        goldComparisons = result.GoldComparisons,
        goldScored = result.GoldScored,
        extractedScored = result.PredictedScored,
        measures = Measures.ToDictionary(
            m => m.Key,
            m => m.Score(result) is var s
                ? new { precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4), matched = s.Matched, extracted = s.Predicted, gold = s.Gold }
                : null),
    };
}
