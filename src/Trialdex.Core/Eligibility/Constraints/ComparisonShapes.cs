namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// The token shapes the comparison scanner tests: what joins a range, what is no threshold at all (a ratio,
/// a year, a sample size, a rating scale's range, "COVID-19"), and the final touches to a comparison found.
/// </summary>
internal static class ComparisonShapes
{
    /// <summary>"stage 1-3", "grade 2~3": a stage or grade written just before a range is the range's unit.</summary>
    public static Comparison Staged(List<Token> tokens, bool[] consumed, Comparison c)
    {
        var before = c.FirstToken - 1;
        if (c.Unit is not null || c.Operator != ComparisonOperator.Between || before < 0 || consumed[before]
            || !(tokens[before].Is("stage") || tokens[before].Is("grade") || tokens[before].Is("stages") || tokens[before].Is("grades")))
        {
            return c;
        }

        return c with { Unit = new UnitMatch(UnitClass.Other, before, before + 1, tokens[before].Start, tokens[before].End), FirstToken = before };
    }

    /// <summary>
    /// Leaves out of the comparison's own text the words that lead into it ("in the last", "from", "a minimum")
    /// and those after its unit that are not part of it ("years old", "weeks gestation"): the constraint keeps them.
    /// </summary>
    public static Comparison Trimmed(List<Token> tokens, Comparison c)
    {
        var first = c.FirstToken;
        if (tokens[first].Is("from") || (tokens[first].Is("a") && first + 1 < c.EndToken && (tokens[first + 1].Is("minimum") || tokens[first + 1].Is("maximum"))))
        {
            first++;
        }
        else if (c.Hint.HasFlag(OperatorHint.Window) && first + 2 < c.EndToken && tokens[first + 1].Is("the")
            && (tokens[first].Is("in") || tokens[first].Is("during") || tokens[first].Is("over") || tokens[first].Is("for")))
        {
            first += 2;
        }

        var end = c.Unit is { } unit && unit.EndToken == c.EndToken && unit.End < tokens[c.EndToken - 1].End ? unit.End : (int?)null;
        return c with { TextFirstToken = first, TextEnd = end };
    }

    public static bool IsRangeSeparator(Token t) =>
        t.Kind == TokenKind.Symbol ? t.Text[0] is '-' or '–' or '—' or '~' or '～' or '‐' : t.Is("to");

    /// <summary>"140/90", "20/40", "4:1": two numbers that only mean something together.</summary>
    public static bool IsRatio(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && (tokens[at].IsSymbol('/') || tokens[at].IsSymbol(':')) && tokens[at + 1].IsNumber && tokens[at].End == tokens[at + 1].Start;

    /// <summary>"18+" is "18 or more"; "24 + 0 weeks" (weeks plus days) is not.</summary>
    public static bool IsSuffix(List<Token> tokens, int at, int length) =>
        !tokens[at].IsSymbol('+') || (tokens[at - 1].End == tokens[at].Start && (at + 1 >= tokens.Count || !tokens[at + 1].IsNumber));

    /// <summary>A number glued to the word or number before it: "COVID-19", "v5.0", "HIV-1", "type2".</summary>
    public static bool Attached(List<Token> tokens, int at)
    {
        if (at == 0)
        {
            return false;
        }

        var previous = tokens[at - 1];
        if (previous.End != tokens[at].Start)
        {
            return false;
        }

        return previous.IsWord || previous.IsNumber || previous.Text[0] is '-' or '.' or '/' or ':' or '#' or '‐' && at >= 2 && tokens[at - 2].End == previous.Start;
    }

    /// <summary>"24-hour urine", "6-minute walk", "12-week study": a hyphenated number-unit that qualifies the next noun.</summary>
    public static bool IsCompoundModifier(List<Token> tokens, int at, UnitMatch unit)
    {
        var hyphenated = unit.FirstToken == at + 2 && tokens[at + 1].IsSymbol('-') && tokens[at + 1].Start == tokens[at].End;
        return hyphenated && unit.Class == UnitClass.Time && unit.EndToken < tokens.Count && tokens[unit.EndToken].IsWord
            && !tokens[unit.EndToken].Is("old") && !tokens[unit.EndToken].Is("of");
    }

    /// <summary>"on a 0-10 scale", "(0-100)": the range of a rating scale, not a threshold.</summary>
    public static bool IsScaleDescription(List<Token> tokens, int at, decimal low, int end) =>
        low == 0 && ((at > 0 && (tokens[at - 1].Is("a") || tokens[at - 1].IsSymbol('('))) || (end < tokens.Count && (tokens[end].Is("scale") || tokens[end].Is("point"))));

    public static bool IsYear(decimal value) => value is >= 1900 and <= 2100 && decimal.Truncate(value) == value;
}
