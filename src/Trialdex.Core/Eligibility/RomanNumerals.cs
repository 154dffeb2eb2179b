namespace Trialdex.Core.Eligibility;

/// <summary>Roman numerals i to xxxix, the range criteria lists use; "l", "c", "d", "m" are read as letters.</summary>
internal static class RomanNumerals
{
    public const int MaxLength = 7;

    private static readonly string[] Units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];

    public static bool IsDigit(char c, bool upper) => upper ? c is 'I' or 'V' or 'X' : c is 'i' or 'v' or 'x';

    /// <summary>The value of a canonical numeral written in one case, or 0.</summary>
    public static int Value(ReadOnlySpan<char> numeral)
    {
        var tens = 0;
        while (tens < numeral.Length && char.ToLowerInvariant(numeral[tens]) == 'x')
        {
            tens++;
        }

        if (numeral.IsEmpty || tens > 3)
        {
            return 0;
        }

        var rest = numeral[tens..];
        for (var units = 0; units < Units.Length; units++)
        {
            if (rest.Equals(Units[units], StringComparison.OrdinalIgnoreCase))
            {
                return tens * 10 + units;
            }
        }

        return 0;
    }
}
