using System.Text;

namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// Rewrites a unit as criteria write it into UCUM syntax: micro signs to "u", superscript digits to digits,
/// "× 10⁹", "x10^9" and "10E9" to "10*9", "per" to "/", and the few clinical spellings UCUM writes otherwise
/// ("mmHg" → "mm[Hg]", "IU" → "[IU]", "mEq" → "meq", "mcg" → "ug", "1.73 m²" → "{1.73_m2}", "cells/" → "/").
/// </summary>
internal static class WrittenUnits
{
    private const int MaxLength = 60;

    // Whole-word spellings, compared after folding; longer first where one is the start of another.
    private static readonly (string Written, string Code)[] Words =
    [
        ("mmhg", "mm[Hg]"), ("cmh2o", "cm[H2O]"), ("mcg", "ug"), ("mcl", "uL"), ("cc", "mL"), ("meq", "meq"),
        ("miu", "m[IU]"), ("uiu", "u[IU]"), ("iu", "[IU]"), ("lbs", "[lb_av]"), ("lb", "[lb_av]"), ("pounds", "[lb_av]"),
        ("kilograms", "kg"), ("grams", "g"), ("microns", "um"), ("seconds", "s"), ("sec", "s"), ("minutes", "min"),
        ("mins", "min"), ("hours", "h"), ("hrs", "h"), ("hr", "h"), ("days", "d"), ("weeks", "wk"), ("months", "mo"),
        ("years", "a"), ("bpm", "/min"), ("cells", ""), ("copies", "{copies}"), ("°c", "Cel"), ("°f", "[degF]"),
    ];

    public static string ToUcumCode(string written)
    {
        var text = Fold(written);
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiLetter(text[i]) || text[i] == '°')
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetter(text[end]) || (char.IsAsciiDigit(text[end]) && end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]))))
                {
                    end++;
                }

                builder.Append(Word(text[i..end]));
                i = end;
            }
            else
            {
                builder.Append(text[i++]);
            }
        }

        return Tidy(builder.ToString());
    }

    private static string Word(string word)
    {
        foreach (var (spelling, code) in Words)
        {
            if (word.Equals(spelling, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        // Keep case but write litres with a capital L, as UCUM prefers: "dl" → "dL", "ml" → "mL".
        return word.Length is 1 or 2 && word[^1] == 'l' ? string.Concat(word.AsSpan(0, word.Length - 1), "L") : word;
    }

    /// <summary>Folds spellings into ASCII UCUM punctuation and drops spaces.</summary>
    private static string Fold(string written)
    {
        var text = written.Trim().Replace(" per ", "/", StringComparison.OrdinalIgnoreCase)
            .Replace("1.73 m", "{1.73_m", StringComparison.Ordinal)
            .Replace("1.73m", "{1.73_m", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case ' ' or '\u00A0':
                    break;
                case '^':
                    AppendPower(builder, null);
                    break;
                case 'µ' or 'μ':
                    builder.Append('u');
                    break;
                case '×' or '·':
                    builder.Append(c == '×' ? '*' : '.');
                    break;
                case '²' or '³' or '¹':
                    AppendPower(builder, c == '²' ? '2' : c == '³' ? '3' : '1');
                    break;
                case '⁰' or (>= '⁴' and <= '⁹'):
                    AppendPower(builder, (char)('0' + (c - '⁰')));
                    break;
                case '⁻':
                    builder.Append('-');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes an exponent: after a bare "10" it becomes UCUM's "10*n", elsewhere ("m²", "m^2") a plain digit.</summary>
    private static void AppendPower(StringBuilder builder, char? digit)
    {
        var afterTen = builder.Length >= 2 && builder[^1] == '0' && builder[^2] == '1'
            && (builder.Length == 2 || !char.IsAsciiDigit(builder[^3]));
        if (afterTen)
        {
            builder.Append('*');
        }

        if (digit is { } d)
        {
            builder.Append(d);
        }
    }

    /// <summary>Final touches: "*10*9" and "x10E9" to "10*9", "10(9)" to "10*9", a closed "{1.73_m2}" annotation.</summary>
    private static string Tidy(string code)
    {
        code = code.TrimStart('*', 'x', 'X');
        code = code.Replace("10E", "10*", StringComparison.Ordinal).Replace("10e", "10*", StringComparison.Ordinal);
        if (code.StartsWith("10(", StringComparison.Ordinal) && code.IndexOf(')', StringComparison.Ordinal) is > 3 and var close)
        {
            code = string.Concat("10*", code.AsSpan(3, close - 3), code.AsSpan(close + 1));
        }

        var brace = code.IndexOf("{1.73_m", StringComparison.Ordinal);
        if (brace >= 0)
        {
            var end = brace + 7;
            while (end < code.Length && char.IsAsciiDigit(code[end]))
            {
                end++;
            }

            code = string.Concat(code.AsSpan(0, brace), "{1.73_m2}", code.AsSpan(end));
        }

        return code.Replace("//", "/", StringComparison.Ordinal);
    }
}
