using System.Globalization;

namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Turns a term into the key that MeSH lookups compare: lower case, no diacritics, possessive "'s" and other
/// apostrophes dropped, any other punctuation a word break, each word made singular by a light rule, and the
/// MeSH inversion undone ("Cirrhosis, Liver" → "liver cirrhosis"). Running text is split into the same words
/// but never reordered. Search normalises every study's MeSH terms this way, so it is written to allocate only
/// the result.
/// </summary>
internal static class MeshTermNormalizer
{
    private const int StackLimit = 512;

    /// <summary>The key of a whole term: its words, uninverted, joined by single spaces.</summary>
    public static string Normalize(string text) => Scan(text, uninvert: true);

    /// <summary>The normalised words of running text, in the order written.</summary>
    public static string[] Words(string text) =>
        Scan(text, uninvert: false) is { Length: > 0 } words ? words.Split(' ') : [];

    private static string Scan(string text, bool uninvert)
    {
        ArgumentNullException.ThrowIfNull(text);
        var capacity = (text.Length * 2) + 1;
        Span<char> buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : new char[capacity];
        List<int>? cuts = null;
        int length = 0, wordStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    if (length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    wordStart = length;
                }

                length += LatinFolding.Fold(c, buffer[length..]);
            }
            else if (IsApostrophe(c) && wordStart >= 0)
            {
                i += IsPossessiveS(text, i) ? 1 : 0;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                length = EndWord(buffer, wordStart, length);
                wordStart = -1;
                if (uninvert && c == ',' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && length > 0)
                {
                    (cuts ??= []).Add(length);
                }
            }
        }

        length = EndWord(buffer, wordStart, length);
        return cuts is null ? new string(buffer[..length]) : Uninvert(buffer[..length], cuts);
    }

    // A light singular on the word just written: "adhesions" → "adhesion", "ovaries" → "ovary", "abscesses" →
    // "abscess"; words of three letters or fewer and words in -ss, -us and -is ("mellitus", "cirrhosis") stay.
    private static int EndWord(Span<char> buffer, int start, int end)
    {
        var word = start < 0 ? [] : buffer[start..end];
        if (word.Length <= 3 || word[^1] != 's')
        {
            return end;
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return end - 2;
        }

        if (word.EndsWith("sses"))
        {
            return end - 2;
        }

        return word[^2] is 's' or 'u' or 'i' ? end : end - 1;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '`' or '\u00B4';

    private static bool IsPossessiveS(string text, int apostrophe) =>
        apostrophe + 1 < text.Length
        && (text[apostrophe + 1] is 's' or 'S')
        && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    // "Lymphoma, Large B-Cell, Diffuse" → "diffuse large b cell lymphoma": the comma-separated segments in
    // reverse, except that trailing numbers stay last ("Biliary Cirrhosis, Primary, 1" → "primary biliary cirrhosis 1").
    private static string Uninvert(ReadOnlySpan<char> words, List<int> cuts)
    {
        var segments = new List<Range>();
        var start = 0;
        foreach (var cut in cuts.Append(words.Length))
        {
            if (cut > start)
            {
                segments.Add(start..cut);
            }

            start = cut + 1;
        }

        var tail = segments.Count;
        while (tail > 1 && IsNumber(words[segments[tail - 1]]))
        {
            tail--;
        }

        var order = segments.Take(tail).Reverse().Concat(segments.Skip(tail));
        var result = new List<char>(words.Length);
        foreach (var segment in order)
        {
            if (result.Count > 0)
            {
                result.Add(' ');
            }

            result.AddRange(words[segment]);
        }

        return new string([.. result]);
    }

    private static bool IsNumber(ReadOnlySpan<char> segment) =>
        segment.Length <= 3 && char.IsAsciiDigit(segment[0]) && !segment.Contains(' ');
}
