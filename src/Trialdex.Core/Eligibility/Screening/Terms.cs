namespace Trialdex.Core.Eligibility.Screening;

/// <summary>Word-level text matching for conditions, medications and procedures when no MeSH descriptor links them.</summary>
internal static class Terms
{
    /// <summary>Texts up to this length are normalised on the stack when compared.</summary>
    private const int StackLength = 256;

    /// <summary>
    /// <see cref="Normalize"/> remembered for the string instance: criteria fields and descriptor names are compared
    /// against every patient condition, and stay the same objects for as long as their criteria are kept.
    /// </summary>
    public static string NormalizeOnce(string text) => Normalized.GetValue(text, Normalize);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Normalized = [];

    /// <summary>Lower-case words of letters and digits, single-spaced: "Hepatitis-B  virus" → "hepatitis b virus".</summary>
    public static string Normalize(string text)
    {
        var buffer = text.Length <= StackLength ? stackalloc char[text.Length] : new char[text.Length];
        return new string(NormalizeInto(text, buffer));
    }

    /// <summary>True when every word of <paramref name="general"/> occurs, in order and adjacent, in <paramref name="specific"/>.</summary>
    public static bool Covers(string general, string specific)
    {
        var g = NormalizeInto(general, general.Length <= StackLength ? stackalloc char[general.Length] : new char[general.Length]);
        var s = NormalizeInto(specific, specific.Length <= StackLength ? stackalloc char[specific.Length] : new char[specific.Length]);
        return CoversNormalized(g, s);
    }

    /// <summary><see cref="Covers"/> of texts already normalised (<see cref="Normalize"/>).</summary>
    public static bool CoversNormalized(ReadOnlySpan<char> general, ReadOnlySpan<char> specific)
    {
        if (general.Length < 3 || specific.Length == 0)
        {
            return false;
        }

        var offset = 0;
        var index = specific.IndexOf(general, StringComparison.Ordinal);
        while (index >= 0)
        {
            var at = offset + index;
            var startsWord = at == 0 || specific[at - 1] == ' ';
            var endsWord = at + general.Length == specific.Length || specific[at + general.Length] == ' ';
            if (startsWord && endsWord)
            {
                return true;
            }

            offset = at + 1;
            index = specific[offset..].IndexOf(general, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Writes the normalised <paramref name="text"/> into <paramref name="buffer"/> (at least as long) and returns the part written.</summary>
    private static ReadOnlySpan<char> NormalizeInto(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                buffer[length++] = char.ToLowerInvariant(ch);
            }
            else if (length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        while (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        return buffer[..length];
    }
}
