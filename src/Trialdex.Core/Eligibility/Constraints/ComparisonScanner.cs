namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Finds the comparisons of a criterion in one left-to-right pass over its tokens: "between 20 and 40 years",
/// "from 18 to 65", an operator then a value and unit ("≥1.1 ng/mL", "within 3 months"), a value then a range or
/// an operator ("20-40 years", "18 years or older"), or a value with a unit ("for 6 weeks"). Each attempt looks a
/// bounded number of tokens ahead, so the pass is linear.
/// </summary>
internal static class ComparisonScanner
{
    private static readonly PhraseTable<bool> BetweenFillers = new(
        new[] { "the ages of", "the age of", "ages of", "age of", "ages", "age", "the ages", "aged" }.Select(f => (f, true)));

    private static readonly WordSet Anchors = new()
    {
        "ago", "prior", "before", "after", "since", "earlier", "previously", "preceding", "following", "post", "from",
    };

    public static void Scan(List<Token> tokens, bool[] consumed, List<Comparison> found)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!consumed[i] && (Between(tokens, i) ?? Prefixed(tokens, i) ?? Led(tokens, i)) is { } plain && Free(consumed, plain))
            {
                var c = ComparisonShapes.Trimmed(tokens, ComparisonShapes.Staged(tokens, consumed, plain));
                found.Add(c);
                Array.Fill(consumed, true, c.FirstToken, c.EndToken - c.FirstToken);
                i = c.EndToken;
            }
            else
            {
                i++;
            }
        }
    }

    private static Comparison? Between(List<Token> tokens, int at)
    {
        var from = tokens[at].Is("from");
        if (!(tokens[at].Is("between") || from))
        {
            return null;
        }

        var start = at + 1;
        var hint = BetweenFillers.TryMatch(tokens, start, out _, out var fillers) ? OperatorHint.Age : OperatorHint.None;
        start += fillers;
        if (!ValueReader.TryRead(tokens, start, true, out var low, out var lowText, out var k))
        {
            return null;
        }

        var firstUnit = UnitScanner.Scan(tokens, k);
        k = firstUnit?.EndToken ?? k;
        if (k >= tokens.Count || !(ComparisonShapes.IsRangeSeparator(tokens[k]) || (!from && (tokens[k].Is("and") || tokens[k].IsSymbol('&'))))
            || !ValueReader.TryRead(tokens, k + 1, true, out var high, out var highText, out k))
        {
            return null;
        }

        var unit = UnitScanner.Scan(tokens, k) ?? firstUnit;
        k = unit is not null && unit.FirstToken >= k ? unit.EndToken : k;
        if (unit is null && ComparisonShapes.IsYear(low) && ComparisonShapes.IsYear(high))
        {
            return null;
        }

        var ageAfter = AgeAfter(tokens, k, out _);
        return Range(low, lowText, high, highText, unit, at, k, hint) with { AgeAfter = ageAfter };
    }

    private static Comparison? Prefixed(List<Token> tokens, int at)
    {
        if (!OperatorWords.Prefix.TryMatch(tokens, at, out var matched, out var length))
        {
            return null;
        }

        var (op, hint) = matched;
        var k = at + length;
        if (op == ComparisonOperator.Equal && at > 0 && tokens[at - 1].Text is "n" or "N")
        {
            // "(n=16)": a sample size, not a threshold.
            return null;
        }

        if (k < tokens.Count && (tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the") || tokens[k].Is("one")) && Time(tokens, k + 1))
        {
            return Finish(new Comparison(op, hint, [1], [tokens[k].Text], UnitScanner.Scan(tokens, k + 1), at, k + 2, ImpliedValue: !tokens[k].Is("one")), tokens);
        }

        if (!ValueReader.TryRead(tokens, k, true, out var value, out var text, out var afterValue))
        {
            return hint.HasFlag(OperatorHint.Window) && Time(tokens, k) && IsSingular(tokens[k])
                ? new Comparison(op, hint, [1], [], UnitScanner.Scan(tokens, k), at, k + 1, ImpliedValue: true)
                : null;
        }

        if (ComparisonShapes.IsRatio(tokens, afterValue))
        {
            return null;
        }

        if (op == ComparisonOperator.Equal && afterValue < tokens.Count && ComparisonShapes.IsRangeSeparator(tokens[afterValue])
            && ValueReader.TryRead(tokens, afterValue + 1, false, out var high, out var highText, out var afterHigh))
        {
            var rangeUnit = UnitScanner.Scan(tokens, afterHigh);
            var label = at > 0 && tokens[at - 1].IsWord ? tokens[at - 1].Text : null;
            return Range(value, text, high, highText, rangeUnit, at, rangeUnit?.EndToken ?? afterHigh, hint) with { Label = label };
        }

        var unit = UnitScanner.Scan(tokens, afterValue);
        if (hint.HasFlag(OperatorHint.Window) && unit?.Class != UnitClass.Time)
        {
            // "within 10% of ideal body weight" is no time window, but still at most.
            if (unit is null || length != 1 || !tokens[at].Is("within"))
            {
                return null;
            }

            hint = OperatorHint.None;
        }

        if (unit is null && ComparisonShapes.IsYear(value) && !hint.HasFlag(OperatorHint.Age))
        {
            return null;
        }

        return Finish(new Comparison(op, hint, [value], [text], unit, at, unit?.EndToken ?? afterValue), tokens);
    }

    private static Comparison? Led(List<Token> tokens, int at)
    {
        if (ComparisonShapes.Attached(tokens, at) || !ValueReader.TryRead(tokens, at, false, out var value, out var text, out var k) || ComparisonShapes.IsRatio(tokens, k))
        {
            return null;
        }

        var isWord = tokens[at].IsWord;
        var unit = UnitScanner.Scan(tokens, k);
        var afterUnit = unit?.EndToken ?? k;
        if (afterUnit < tokens.Count && ComparisonShapes.IsRangeSeparator(tokens[afterUnit])
            && ValueReader.TryRead(tokens, afterUnit + 1, false, out var high, out var highText, out var afterHigh)
            && tokens[afterUnit + 1].IsWord == isWord && high >= value)
        {
            var rangeUnit = UnitScanner.Scan(tokens, afterHigh) ?? unit;
            var end = rangeUnit is not null && rangeUnit.FirstToken >= afterHigh ? rangeUnit.EndToken : afterHigh;
            return rangeUnit is null && ((ComparisonShapes.IsYear(value) && ComparisonShapes.IsYear(high)) || ComparisonShapes.IsScaleDescription(tokens, at, value, end))
                ? null
                : Suffixed(tokens, Range(value, text, high, highText, rangeUnit, at, end, OperatorHint.None));
        }

        var ageAfter = AgeAfter(tokens, afterUnit, out var afterAge);
        if (OperatorWords.Suffix.TryMatch(tokens, afterAge, out var op, out var length) && ComparisonShapes.IsSuffix(tokens, afterAge, length))
        {
            var end = afterAge + length;
            if (unit is null && UnitScanner.Scan(tokens, end) is { } later)
            {
                unit = later;
                end = later.EndToken;
                ageAfter |= AgeAfter(tokens, end, out _);
            }

            return new Comparison(op, OperatorHint.None, [value], [text], unit, at, end, ageAfter);
        }

        // A value with a unit and no comparison word is a threshold only as a time before or after something
        // ("3 months prior to", "6 weeks after"); "10 mg", "80%" and "for 6 weeks" describe rather than limit.
        if (unit is not { Class: UnitClass.Time or UnitClass.Gestation } || ComparisonShapes.IsCompoundModifier(tokens, at, unit)
            || unit.EndToken >= tokens.Count || !Anchors.Contains(tokens[unit.EndToken].Text))
        {
            return null;
        }

        return new Comparison(ComparisonOperator.Equal, OperatorHint.None, [value], [text], unit, at, afterUnit, ageAfter);
    }

    /// <summary>Adds what follows a comparison: "of age" or "old" after an age.</summary>
    private static Comparison Finish(Comparison c, List<Token> tokens) =>
        AgeAfter(tokens, c.EndToken, out _) ? c with { AgeAfter = true } : c;

    /// <summary>A range followed by an operator, as "18-65 years or older" is not: ranges take no suffix.</summary>
    private static Comparison Suffixed(List<Token> tokens, Comparison range) =>
        AgeAfter(tokens, range.EndToken, out _) ? range with { AgeAfter = true } : range;

    private static Comparison Range(decimal low, string lowText, decimal high, string highText, UnitMatch? unit, int first, int end, OperatorHint hint) =>
        low <= high
            ? new(ComparisonOperator.Between, hint, [low, high], [lowText, highText], unit, first, end)
            : new(ComparisonOperator.Between, hint, [high, low], [highText, lowText], unit, first, end);

    /// <summary>"of age", "years of age": true, and the token after it, when an age cue follows.</summary>
    private static bool AgeAfter(List<Token> tokens, int at, out int after)
    {
        after = at;
        if (at > 0 && tokens[at - 1].Is("old"))
        {
            return true;
        }

        if (at + 1 < tokens.Count && tokens[at].Is("of") && tokens[at + 1].Is("age"))
        {
            after = at + 2;
            return true;
        }

        if (at < tokens.Count && (tokens[at].Is("yo") || tokens[at].Is("old")))
        {
            after = at + 1;
            return true;
        }

        return false;
    }

    private static bool Free(bool[] consumed, Comparison c)
    {
        for (var i = c.FirstToken; i < c.EndToken; i++)
        {
            if (consumed[i])
            {
                return false;
            }
        }

        return c.EndToken > c.FirstToken;
    }

    private static bool Time(List<Token> tokens, int at) => UnitScanner.Scan(tokens, at) is { Class: UnitClass.Time };

    private static bool IsSingular(Token t) => !t.Text.EndsWith('s');
}
