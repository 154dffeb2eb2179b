namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>A comparison found in a criterion, before its field and kind are known.</summary>
/// <param name="Operator">The comparison.</param>
/// <param name="Hint">What the operator phrase says besides (an age, a time window).</param>
/// <param name="Values">The values, low first for a range.</param>
/// <param name="ValueTexts">The values as written.</param>
/// <param name="Unit">The unit after the value(s), or null.</param>
/// <param name="FirstToken">The first token: the operator's, or the value's.</param>
/// <param name="EndToken">The token after the last one.</param>
/// <param name="AgeAfter">True when "old", "of age" or "-old" follows the unit.</param>
/// <param name="ImpliedValue">True when the value is not written ("within the past year" is 1 year).</param>
internal sealed record Comparison(
    ComparisonOperator Operator,
    OperatorHint Hint,
    IReadOnlyList<decimal> Values,
    IReadOnlyList<string> ValueTexts,
    UnitMatch? Unit,
    int FirstToken,
    int EndToken,
    bool AgeAfter = false,
    bool ImpliedValue = false)
{
    /// <summary>A class name that the values stand for ("Moderate=9-18 points"), or null.</summary>
    public string? Label { get; init; }

    /// <summary>The canonical score field of a score written without an operator ("ECOG 0-1", "NYHA Class III/IV"), or null.</summary>
    public string? ScoreField { get; init; }

    /// <summary>
    /// The token where the comparison's own text starts, when words that only lead into it come first ("in the"
    /// of "in the last 6 months", "from" of "from 18 to 65", "a" of "a minimum of").
    /// </summary>
    public int TextFirstToken { get; init; } = FirstToken;

    /// <summary>The character where the comparison's own text ends, before a trailing "old" or "gestation"; null for its last token's end.</summary>
    public int? TextEnd { get; init; }
}
