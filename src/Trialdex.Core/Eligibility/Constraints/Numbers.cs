using System.Globalization;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>Reads the numbers criteria write: "1,500" and "50,000" (thousands), "7,8" and "18,5" (decimal comma), "7.5", number words.</summary>
internal static class Numbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100,
    };

    private static readonly WordFilter WordFilter = new(Words.Keys);

    /// <summary>The value of a number token, or null for shapes such as "1.2.3" that are no number.</summary>
    public static decimal? Parse(string text)
    {
        if (text.Length > 24)
        {
            return null;
        }

        var commas = text.AsSpan().Count(',');
        var points = text.AsSpan().Count('.');
        if (points > 1 || (points == 1 && commas > 0))
        {
            return points == 1 && commas > 0 && IsThousands(text[..text.IndexOf('.', StringComparison.Ordinal)]) ? Invariant(text.Replace(",", "", StringComparison.Ordinal)) : null;
        }

        if (commas == 0)
        {
            return Invariant(text);
        }

        return IsThousands(text) ? Invariant(text.Replace(",", "", StringComparison.Ordinal))
            : commas == 1 ? Invariant(text.Replace(',', '.'))
            : null;
    }

    /// <summary>The value of a number word ("one" … "twenty", the tens, "hundred"), or null.</summary>
    public static decimal? ParseWord(string word) => WordFilter.MayContain(word) && Words.TryGetValue(word, out var value) ? value : null;

    /// <summary>True for "1,500" and "100,000": every group after the first comma has three digits.</summary>
    private static bool IsThousands(string text)
    {
        var groups = text.Split(',');
        return groups.Length > 1 && groups[0].Length is > 0 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    private static decimal? Invariant(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
