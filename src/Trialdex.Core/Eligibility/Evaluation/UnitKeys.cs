using System.Text;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// Folds a unit as written into a key both sides of the evaluation share: time units by their name
/// ("yrs" → "time:year"), multiples of the upper limit of normal as "uln", other units lower-cased without spaces,
/// carets, micro signs or superscripts ("mL/min/1.73 m²" → "ml/min/1.73m2").
/// </summary>
internal static class UnitKeys
{
    private static readonly string[] Seconds = ["s", "sec", "secs", "second", "seconds"];

    public static string? Key(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        if (TimeUnits.Parse(unit) is { } time)
        {
            return Time(time.ToString());
        }

        var folded = Fold(unit);
        if (Seconds.Contains(folded))
        {
            return Time("second");
        }

        return folded.Contains("uln", StringComparison.Ordinal) || folded.Contains("upperlimit", StringComparison.Ordinal)
            || folded.Contains("normal", StringComparison.Ordinal) ? "uln" : folded;
    }

    /// <summary>The key of a corpus temporal unit value ("year", "week").</summary>
    public static string Time(string value) => "time:" + value.ToLowerInvariant();

    private static string Fold(string unit)
    {
        var text = new StringBuilder(unit.Length);
        var written = unit.Trim();
        written = written.StartsWith("per ", StringComparison.OrdinalIgnoreCase) ? written[4..] : written;
        foreach (var c in written.Replace(" per ", "/", StringComparison.OrdinalIgnoreCase))
        {
            switch (c)
            {
                case ' ' or '^' or '\u00A0':
                    break;
                case 'µ' or 'μ':
                    text.Append('u');
                    break;
                case '²':
                    text.Append('2');
                    break;
                case '³':
                    text.Append('3');
                    break;
                case >= '⁰' and <= '⁹':
                    text.Append((char)('0' + (c - '⁰')));
                    break;
                default:
                    text.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return text.ToString().TrimStart('x', '×', '*', '/').Replace("mcg", "ug", StringComparison.Ordinal);
    }
}
