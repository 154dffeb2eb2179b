namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// How well the extracted comparisons agree with the Leaf Clinical Trials corpus's Eq-Comparison annotations that
/// have a value written in digits or number words.
/// </summary>
/// <param name="Documents">Criteria texts read (pairs of .txt and .ann).</param>
/// <param name="GoldComparisons">Annotated comparisons with a value.</param>
/// <param name="GoldScored">Those whose values are all digits or number words: the gold side of every score.</param>
/// <param name="PredictedScored">Extracted comparisons with written values, less those that only overlap unscored gold.</param>
/// <param name="ValuesOverlapping">Operator, values and unit all right, spans overlapping.</param>
/// <param name="ValuesExact">Operator, values and unit all right, spans identical.</param>
/// <param name="SpansOverlapping">Spans overlapping, whatever the values.</param>
/// <param name="SpansExact">Spans identical, whatever the values.</param>
/// <param name="Ages">Gold comparisons of an Age annotation against extracted Age constraints, values right, spans overlapping.</param>
/// <param name="Misses">Some gold comparisons not matched with values right, with what was extracted over them.</param>
/// <param name="FalsePositives">Some extracted comparisons matched by no gold comparison with values right.</param>
public sealed record LeafEvaluationResult(
    int Documents,
    int GoldComparisons,
    int GoldScored,
    int PredictedScored,
    EvaluationScore ValuesOverlapping,
    EvaluationScore ValuesExact,
    EvaluationScore SpansOverlapping,
    EvaluationScore SpansExact,
    EvaluationScore Ages,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> FalsePositives)
{
    /// <summary>A few lines for a log or EVALUATION.md.</summary>
    public override string ToString() => string.Join(
        Environment.NewLine,
        $"documents {Documents}, gold comparisons with a value {GoldComparisons}, scored {GoldScored}, extracted scored {PredictedScored}",
        $"operator+value+unit, overlapping spans: {ValuesOverlapping}",
        $"operator+value+unit, exact spans:       {ValuesExact}",
        $"span only, overlapping:                 {SpansOverlapping}",
        $"span only, exact:                       {SpansExact}",
        $"ages (Age annotations), values right:   {Ages}");
}
