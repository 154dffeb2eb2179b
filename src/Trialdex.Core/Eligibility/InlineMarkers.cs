namespace Trialdex.Core.Eligibility;

/// <summary>
/// Finds list markers in the middle of a line ("… no relief of symptoms 2) Diagnostic Confirmation",
/// "i. Oral steroids ii. Chemotherapy iii. …"). These are only candidates: the tree builder accepts one when it
/// continues a list that is open at that point, so "type 2. Diabetes" or "Grade 3) Foo" stay text.
/// </summary>
internal static class InlineMarkers
{
    private const int MaxWordBefore = 12;

    private static readonly HashSet<string> CountedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "grade", "grades", "stage", "stages", "type", "types", "class", "phase", "level", "cohort", "part", "step", "arm",
        "group", "day", "days", "week", "weeks", "month", "months", "year", "years", "version", "criterion", "figure", "table",
        "section", "appendix", "no", "number", "item", "visit", "cycle", "line", "tier", "category", "score", "and", "or", "to",
        "than", "least", "of", "v", "n", "vs", "hour", "hours", "dose", "doses", "period", "sample", "samples", "times", "at",
    };

    private static readonly List<ListMarker> None = [];

    /// <summary>Candidate markers strictly inside (<paramref name="start"/>, <paramref name="end"/>), in order.</summary>
    public static List<ListMarker> Find(string text, int start, int end)
    {
        List<ListMarker>? found = null;
        for (var i = start + 1; i < end; i++)
        {
            if (!TextShape.IsSpace(text[i - 1]) || TextShape.IsSpace(text[i]))
            {
                continue;
            }

            if (MarkerParser.Parse(text, i, end) is { } marker && IsInlineShape(text, marker, end) && !AfterCountedWord(text, start, i))
            {
                (found ??= []).Add(marker);
            }
        }

        return found ?? None;
    }

    /// <summary>An inline marker needs a space after it and a capital to start its text.</summary>
    private static bool IsInlineShape(string text, ListMarker marker, int end)
    {
        var textStart = marker.TextStart;
        if (textStart >= end || !char.IsUpper(text[textStart]) || !TextShape.IsSpace(text[textStart - 1]))
        {
            return false;
        }

        return marker.Style.IsOrdered ? marker.Style.Level == 1 : marker.Style.Bullet is 'o' or '•' or '▪' or '●' or '◦';
    }

    private static bool AfterCountedWord(string text, int start, int position)
    {
        var wordEnd = TextShape.TrimEnd(text, start, position);
        var wordStart = wordEnd;
        while (wordStart > start && wordEnd - wordStart < MaxWordBefore && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd > wordStart && CountedWords.Contains(text[wordStart..wordEnd]);
    }
}
