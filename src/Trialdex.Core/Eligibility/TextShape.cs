namespace Trialdex.Core.Eligibility;

/// <summary>Character and word-shape tests shared by the segmenter's stages; all bounded, none allocate per call.</summary>
internal static class TextShape
{
    private const int MaxTitleLength = 80;
    private const int MaxTitleWords = 6;

    private static readonly string[] LeadInLastWords =
        ["following", "follows", "either", "including", "include", "includes", "below", "both", "of"];

    private static readonly string[] TitleSmallWords =
        ["a", "an", "and", "or", "of", "the", "in", "for", "to", "with", "on", "at", "by", "vs", "per", "&", "/", "-", "–"];

    /// <summary>White space, a control character, or an invisible break (zero-width space, byte-order mark). In ASCII
    /// that is everything up to the space and DEL, tested first: this runs on every character of every criterion.</summary>
    public static bool IsSpace(char c) =>
        char.IsAscii(c) ? c <= ' ' || c == '\u007F' : char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF';

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    public static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && IsSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    public static int WordEnd(string text, int position, int end)
    {
        while (position < end && !IsSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The words of a range in lower case, letters and inner apostrophes ("investigator's").</summary>
    public static IEnumerable<string> Words(string text, int start, int end)
    {
        for (var i = start; i < end;)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i > wordStart)
            {
                yield return text[wordStart..i].ToLowerInvariant();
            }
        }
    }

    /// <summary>
    /// How strongly a line reads as a lead-in to the lines after it: 0 not at all, 1 for a line ending in a colon or
    /// "the following", or a short Title Case label ("Demographics"), 2 for such a line in capitals ("AGE:").
    /// </summary>
    public static int LeadInRank(string text, int start, int end, bool allowTitle)
    {
        end = TrimEnd(text, start, end);
        if (end <= start)
        {
            return 0;
        }

        var leadIn = text[end - 1] is ':' or '：' || EndsWithLeadInWord(text, start, end) || (allowTitle && IsShortTitle(text, start, end));
        return !leadIn ? 0 : IsAllCaps(text, start, end) ? 2 : 1;
    }

    /// <summary>A short label in Title Case with no digits or closing punctuation, such as "Ovarian Function".</summary>
    public static bool IsShortTitle(string text, int start, int end)
    {
        end = TrimEnd(text, start, end);
        if (end <= start || end - start > MaxTitleLength || !char.IsUpper(text[start]) || text[end - 1] is '.' or ';' or ',' or '!' or '?' or ':')
        {
            return false;
        }

        var words = 0;
        for (var position = start; position < end; position = SkipSpaces(text, position, end))
        {
            var wordEnd = WordEnd(text, position, end);
            if (++words > MaxTitleWords || !IsTitleWord(text.AsSpan(position, wordEnd - position)))
            {
                return false;
            }

            position = wordEnd;
        }

        return true;
    }

    public static bool IsAllCaps(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end && i < start + MaxTitleLength * 2; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }

            letters += char.IsUpper(text[i]) ? 1 : 0;
        }

        return letters >= 3;
    }

    private static bool IsTitleWord(ReadOnlySpan<char> word)
    {
        foreach (var small in TitleSmallWords)
        {
            if (word.Equals(small, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return true;
    }

    private static bool EndsWithLeadInWord(string text, int start, int end)
    {
        var wordStart = end;
        while (wordStart > start && end - wordStart < 12 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart > start && !IsSpace(text[wordStart - 1]))
        {
            return false;
        }

        var word = text.AsSpan(wordStart, end - wordStart);
        foreach (var candidate in LeadInLastWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
