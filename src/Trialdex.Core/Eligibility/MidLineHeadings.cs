namespace Trialdex.Core.Eligibility;

/// <summary>
/// Finds "Inclusion Criteria" / "Exclusion Criteria" headings run into the middle of a line, as pages that flatten
/// the registry text produce ("… signed informed consent Exclusion Criteria", "Selection Criteria Inclusion Criteria
/// 1) Demographics"), while leaving prose such as "meets the exclusion criteria listed below" alone.
/// </summary>
internal static class MidLineHeadings
{
    private const int PhraseLength = 18;

    private static readonly string[] Phrases = ["inclusion criteria", "exclusion criteria"];

    private static readonly HashSet<string> PrefixWords = new(StringComparer.OrdinalIgnoreCase) { "key", "main", "major", "other", "additional" };

    /// <summary>Offsets in (<paramref name="start"/>, <paramref name="end"/>) where a heading begins, in order; null for none.</summary>
    public static List<int>? Find(string text, int start, int end)
    {
        List<int>? splits = null;
        foreach (var phrase in Phrases)
        {
            for (var at = text.IndexOf(phrase, start + 1, end - start - 1, StringComparison.OrdinalIgnoreCase);
                 at > 0;
                 at = at + 1 < end ? text.IndexOf(phrase, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (SplitAt(text, start, at, end) is { } split)
                {
                    (splits ??= []).Add(split);
                }
            }
        }

        splits?.Sort();
        return splits;
    }

    private static int? SplitAt(string text, int start, int at, int end)
    {
        if (!TextShape.IsSpace(text[at - 1]) || !Followed(text, at + PhraseLength, end))
        {
            return null;
        }

        var (wordStart, word) = WordBefore(text, start, at);
        var split = at;
        if (PrefixWords.Contains(word) && char.IsUpper(text[wordStart]))
        {
            split = wordStart;
            (wordStart, word) = WordBefore(text, start, wordStart);
        }

        if (wordStart < 0)
        {
            return null;
        }

        var before = TextShape.TrimEnd(text, start, split);
        if (before > start && text[before - 1] is '.' or ';' or ':' or ')' or ']' or '*')
        {
            return split;
        }

        return char.IsUpper(text[at]) && char.IsUpper(text[at + 10]) && !CriteriaHeadings.ProseWords.Contains(word) ? split : null;
    }

    private static bool Followed(string text, int p, int end)
    {
        p = TextShape.SkipSpaces(text, p, end);
        return p >= end || text[p] is ':' or '：' || MarkerParser.Parse(text, p, end) is { Style.IsOrdered: true };
    }

    /// <summary>The word ending before <paramref name="position"/>, or (-1, "") when only spaces precede it.</summary>
    private static (int Start, string Word) WordBefore(string text, int start, int position)
    {
        var wordEnd = TextShape.TrimEnd(text, start, position);
        if (wordEnd <= start)
        {
            return (-1, string.Empty);
        }

        var wordStart = wordEnd;
        while (wordStart > start && wordEnd - wordStart < 20 && !TextShape.IsSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        return (wordStart, text[wordStart..wordEnd].Trim('(', ')', ',', '.', ';', ':', '*'));
    }
}
