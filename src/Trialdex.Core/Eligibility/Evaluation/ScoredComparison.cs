namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// A comparison reduced to what the evaluation scores, from either side: its span in the document, operator (the
/// corpus's names EQ, LT, LTEQ, GT, GTEQ, BETWEEN), values, unit key, and whether it is about an age.
/// </summary>
/// <param name="Start">First character in the document.</param>
/// <param name="End">Just past the last character.</param>
/// <param name="Operator">The operator's corpus name.</param>
/// <param name="Values">The values, sorted.</param>
/// <param name="UnitKey">The unit folded for comparison ("time:year", "mg/dl", "uln"), or null for none.</param>
/// <param name="InScope">False when a value is not written in digits or number words (Roman numerals, dates, "moderate").</param>
/// <param name="IsAge">True for an age: the gold's Age annotation, or an extracted Age constraint.</param>
/// <param name="AllowsWindow">True for a gold comparison without operator but with a temporal period ("last 6 months"), which "≤" also matches.</param>
/// <param name="Text">The document's text of the span, for examples.</param>
internal sealed record ScoredComparison(
    int Start,
    int End,
    string Operator,
    IReadOnlyList<decimal> Values,
    string? UnitKey,
    bool InScope,
    bool IsAge,
    bool AllowsWindow,
    string Text)
{
    public bool Overlaps(ScoredComparison other) => Start < other.End && other.Start < End;

    public bool SameSpan(ScoredComparison other) => Start == other.Start && End == other.End;

    /// <summary>True when operator, values and unit all agree with a gold comparison.</summary>
    public bool Agrees(ScoredComparison gold) =>
        (Operator == gold.Operator || (gold.AllowsWindow && Operator == "LTEQ"))
        && Values.SequenceEqual(gold.Values)
        && string.Equals(UnitKey, gold.UnitKey, StringComparison.Ordinal);

    public override string ToString() =>
        $"'{Text}' {Operator} {string.Join("..", Values)} {UnitKey ?? "-"}";
}
