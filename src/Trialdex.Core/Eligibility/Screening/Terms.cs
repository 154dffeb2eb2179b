using System.Text;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>Word-level text matching for conditions, medications and procedures when no MeSH descriptor links them.</summary>
internal static class Terms
{
    /// <summary>Lower-case words of letters and digits, single-spaced: "Hepatitis-B  virus" → "hepatitis b virus".</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>True when every word of <paramref name="general"/> occurs, in order and adjacent, in <paramref name="specific"/>.</summary>
    public static bool Covers(string general, string specific)
    {
        var g = Normalize(general);
        var s = Normalize(specific);
        if (g.Length < 3 || s.Length == 0)
        {
            return false;
        }

        var index = s.IndexOf(g, StringComparison.Ordinal);
        while (index >= 0)
        {
            var startsWord = index == 0 || s[index - 1] == ' ';
            var endsWord = index + g.Length == s.Length || s[index + g.Length] == ' ';
            if (startsWord && endsWord)
            {
                return true;
            }

            index = s.IndexOf(g, index + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
