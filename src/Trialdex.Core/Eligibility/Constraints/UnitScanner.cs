using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Finds the unit written after a value: a multiple of the upper limit of normal ("× ULN", "times the upper limit
/// of normal"), a cell count ("×10⁹/L", "x 10^3/µL", "/mm³"), "%", a time unit ("years", "8-week"), or a unit
/// expression of known atoms joined by "/" or "per" ("mL/min/1.73 m²", "mg/kg/day", "drinks per week").
/// </summary>
internal static class UnitScanner
{
    private const int MaxUnitTokens = 12;

    private static readonly WordSet Qualifiers = new()
    {
        "consecutive", "continuous", "full", "calendar", "complete", "additional", "more", "successive",
    };

    private static readonly PhraseTable<bool> UpperLimit = new(
        new[]
        {
            "ULN", "the ULN", "upper limit of normal", "upper limits of normal", "the upper limit of normal", "upper normal limit",
            "the upper normal limit", "upper limit of the normal", "the upper limit of the normal", "upper limit of normal range",
            "upper limit", "the upper limit", "institutional ULN", "the institutional ULN", "institutional upper limit of normal",
            "the institutional upper limit of normal", "upper limit of the normal range", "the upper limit of the normal range",
            "normal", "the normal", "upper limit of the reference range", "ULRR", "N", "maximum normal value",
        }.Select(p => (p, true)));

    public static UnitMatch? Scan(List<Token> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        if (tokens[at].IsSymbol('-') && at + 1 < tokens.Count && tokens[at + 1].IsWord && at > 0
            && tokens[at - 1].End == tokens[at].Start && tokens[at].End == tokens[at + 1].Start)
        {
            return Simple(tokens, at + 1) is { Class: UnitClass.Time or UnitClass.Gestation or UnitClass.Other or UnitClass.Dose } hyphenated ? hyphenated : null;
        }

        return UpperLimitOfNormal(tokens, at) ?? CellCount(tokens, at) ?? Simple(tokens, at);
    }

    private static UnitMatch? UpperLimitOfNormal(List<Token> tokens, int at)
    {
        var i = at;
        if (IsTimes(tokens[i]) || tokens[i].Is("times") || tokens[i].Is("fold"))
        {
            i++;
        }
        else if (tokens[i].IsSymbol('-') && i + 1 < tokens.Count && tokens[i + 1].Is("fold"))
        {
            i += 2;
        }

        if (!UpperLimit.TryMatch(tokens, i, out _, out var length) || (i == at && !tokens[i].Is("ULN")))
        {
            return null;
        }

        var end = i + length;
        end = Parenthesised(tokens, end, "ULN") ?? end;
        return new UnitMatch(UnitClass.UpperLimit, at, end, tokens[at].Start, tokens[end - 1].End);
    }

    private static UnitMatch? CellCount(List<Token> tokens, int at)
    {
        var i = at;
        if (IsTimes(tokens[i]))
        {
            i++;
        }

        if (i < tokens.Count && tokens[i].Text == "10" && i + 1 < tokens.Count)
        {
            i = Exponent(tokens, i + 1);
            if (i < 0)
            {
                return null;
            }
        }
        else if (i != at)
        {
            return null;
        }

        if (i + 1 < tokens.Count && (tokens[i].IsSymbol('/') || tokens[i].Is("per")) && UnitWords.Volumes.TryMatch(tokens, i + 1, out _, out var length))
        {
            var end = i + 1 + length;
            end = tokens.Count > end && (tokens[end].IsSymbol('³') || tokens[end].Is("3")) && tokens[end - 1].Is("mm") ? end + 1 : end;
            return new UnitMatch(UnitClass.CellCount, at, end, tokens[at].Start, tokens[end - 1].End);
        }

        return null;
    }

    /// <summary>After "10": "⁹", "^9", "^ 9", "E9", "(9)", "9" written small; returns the token after it, or -1.</summary>
    private static int Exponent(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Symbol && t.Text[0] is '⁹' or '³' or '⁶' or '¹')
        {
            return t.Text[0] == '¹' && i + 1 < tokens.Count && tokens[i + 1].Text is "²" ? i + 2 : i + 1;
        }

        if (t.IsSymbol('^') && i + 1 < tokens.Count && tokens[i + 1].IsNumber)
        {
            return i + 2;
        }

        if (t.IsSymbol('(') && i + 2 < tokens.Count && tokens[i + 1].IsNumber && tokens[i + 2].IsSymbol(')'))
        {
            return i + 3;
        }

        return t.IsWord && t.Text.Length <= 3 && t.Text[0] is 'E' or 'e' && t.Text[1..].All(char.IsAsciiDigit) && t.Text.Length > 1 ? i + 1 : -1;
    }

    private static UnitMatch? Simple(List<Token> tokens, int at)
    {
        var t = tokens[at];
        if (t.IsSymbol('%'))
        {
            return new UnitMatch(UnitClass.Percent, at, at + 1, t.Start, t.End);
        }

        var first = at;
        if (t.IsWord && Qualifiers.Contains(t.Text) && at + 1 < tokens.Count && tokens[at + 1].IsWord && TimeUnits.Parse(tokens[at + 1].Text) is not null)
        {
            t = tokens[++at];
        }

        if (t.IsWord && TimeUnits.Parse(t.Text) is { } time && !IsAmbiguousTime(t.Text))
        {
            if (PerTime(tokens, at) is { } rate)
            {
                return rate with { FirstToken = first };
            }

            return Gestation(tokens, at + 1) is { } g
                ? new UnitMatch(UnitClass.Gestation, first, g, t.Start, t.End, time)
                : new UnitMatch(UnitClass.Time, first, YearOld(tokens, at + 1), t.Start, t.End, time);
        }

        if (first != at)
        {
            return null;
        }

        return Expression(tokens, at);
    }

    private static UnitMatch? Expression(List<Token> tokens, int at)
    {
        UnitClass? first = null;
        var end = at;
        if (tokens[at].IsSymbol('/') || tokens[at].IsWord && !UnitWords.Atoms.TryMatch(tokens, at, out _, out _))
        {
            return PerTime(tokens, at) ?? Ratio(tokens, at);
        }

        while (end < tokens.Count && end - at < MaxUnitTokens)
        {
            var atomStart = end;
            if (atomStart > at)
            {
                if (!(tokens[end].IsSymbol('/') || tokens[end].Is("per")) || end + 1 >= tokens.Count)
                {
                    break;
                }

                atomStart = end + 1;
                atomStart += tokens[atomStart].IsNumber && atomStart + 1 < tokens.Count ? 1 : 0;
            }

            if (!Atom(tokens, atomStart, out var cls, out var atomEnd))
            {
                break;
            }

            first ??= cls;
            end = atomEnd;
        }

        return first is { } kind && end > at ? new UnitMatch(kind, at, end, tokens[at].Start, tokens[end - 1].End) : null;
    }

    private static bool Atom(List<Token> tokens, int at, out UnitClass cls, out int end)
    {
        cls = UnitClass.Other;
        end = at;
        if (at >= tokens.Count)
        {
            return false;
        }

        if (tokens[at].IsWord && TimeUnits.Parse(tokens[at].Text) is not null)
        {
            end = at + 1;
            return true;
        }

        if (!UnitWords.Atoms.TryMatch(tokens, at, out cls, out var length))
        {
            return false;
        }

        end = at + length;
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Symbol && tokens[end].Text[0] is '²' or '³' && tokens[end].Start == tokens[end - 1].End)
        {
            end++;
        }
        else if (end + 1 < tokens.Count && tokens[end].IsSymbol('^') && tokens[end + 1].IsNumber)
        {
            end += 2;
        }

        return true;
    }

    /// <summary>"drinks per week", "cigarettes/day", "times a week", "/day": one or two words, then a time unit.</summary>
    private static UnitMatch? PerTime(List<Token> tokens, int at)
    {
        var i = at;
        while (i < tokens.Count && i - at < 2 && tokens[i].IsWord && !IsPer(tokens[i]))
        {
            i++;
        }

        if (i + 1 < tokens.Count && (tokens[i].IsSymbol('/') || IsPer(tokens[i])) && tokens[i + 1].IsWord && TimeUnits.Parse(tokens[i + 1].Text) is not null)
        {
            return new UnitMatch(UnitClass.PerTime, at, i + 2, tokens[at].Start, tokens[i + 1].End);
        }

        if (i == at && i + 1 < tokens.Count && tokens[i].IsSymbol('/') && UnitWords.Atoms.TryMatch(tokens, i + 1, out _, out var length))
        {
            return new UnitMatch(UnitClass.CellCount, at, i + 1 + length, tokens[at].Start, tokens[i + length].End);
        }

        return null;
    }

    /// <summary>An unlisted unit written as short words around a slash: "EU/ml", "mgA/L".</summary>
    private static UnitMatch? Ratio(List<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].IsWord || !tokens[at + 1].IsSymbol('/') || !tokens[at + 2].IsWord
            || tokens[at].Is("and") || tokens[at].Is("or") || tokens[at + 2].Is("or") || tokens[at + 2].Is("and")
            || tokens[at].Text.Length > 6 || tokens[at + 2].Text.Length > 6
            || tokens[at].End != tokens[at + 1].Start || tokens[at + 1].End != tokens[at + 2].Start)
        {
            return null;
        }

        return new UnitMatch(UnitClass.Other, at, at + 3, tokens[at].Start, tokens[at + 2].End);
    }

    private static int? Gestation(List<Token> tokens, int i)
    {
        if (i < tokens.Count && (tokens[i].Is("gestation") || tokens[i].Is("gestational")))
        {
            return tokens.Count > i + 1 && tokens[i + 1].Is("age") ? i + 2 : i + 1;
        }

        return i + 1 < tokens.Count && tokens[i].Is("of") && tokens[i + 1].Is("gestation") ? i + 2 : null;
    }

    /// <summary>Takes "old", "-old" and "of age" that follow a time unit as part of it.</summary>
    private static int YearOld(List<Token> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Is("old"))
        {
            return i + 1;
        }

        return i + 1 < tokens.Count && tokens[i].IsSymbol('-') && tokens[i + 1].Is("old") ? i + 2 : i;
    }

    private static int? Parenthesised(List<Token> tokens, int i, string word) =>
        i + 2 < tokens.Count && tokens[i].IsSymbol('(') && tokens[i + 1].Is(word) && tokens[i + 2].IsSymbol(')') ? i + 3 : null;

    private static bool IsPer(Token t) => t.Is("per") || t.Is("a") || t.Is("each") || t.Is("every") || t.Is("an");

    private static bool IsTimes(Token t) => t.Kind == TokenKind.Symbol ? t.Text[0] is '×' or '*' or 'х' : t.Text is "x" or "X";

    /// <summary>Single letters that are time units only in a clear context.</summary>
    private static bool IsAmbiguousTime(string word) => word is "a" or "A" or "D";
}
