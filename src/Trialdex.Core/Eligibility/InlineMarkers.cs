namespace Trialdex.Core.Eligibility;

/// <summary>
/// Finds list markers in the middle of a line ("… no relief of symptoms 2) Diagnostic Confirmation",
/// "i. Oral steroids ii. Chemotherapy iii. …"). These are only candidates: the tree builder accepts one when it
/// continues a list that is open at that point, so "type 2. Diabetes" or "Grade 3) Foo" stay text.
/// </summary>
internal static class InlineMarkers
{
    private const int MaxWordBefore = 12;

    /// <summary>Words a number or numeral may follow without starting an item: "grade 3. Patients", "Type II. No".</summary>
    private static readonly HashSet<string> CountedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "grade", "grades", "stage", "stages", "type", "types", "class", "phase", "level", "cohort", "part", "step", "arm",
        "group", "day", "days", "week", "weeks", "month", "months", "year", "years", "version", "criterion", "figure", "table",
        "section", "appendix", "no", "number", "item", "visit", "cycle", "line", "tier", "category", "score", "v", "n", "vs",
        "hour", "hours", "dose", "doses", "period", "sample", "samples", "times",
    };

    /// <summary>Words only a number may not follow: "1 or 2. Patients"; "… medications or iv. Atypical" is an item.</summary>
    private static readonly HashSet<string> NumberJoiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "than", "least", "of", "at",
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

            if (MarkerParser.Parse(text, i, end) is { } marker && IsInlineShape(text, marker, end) && !AfterCountedWord(text, start, i, marker.Style.Family == MarkerFamily.Decimal))
            {
                (found ??= []).Add(marker);
            }
        }

        return found ?? None;
    }

    /// <summary>
    /// An inline marker needs a space after it and a capital to start its text; "(2) liver function" and
    /// "2) liver function" may start in lower case, since a sentence never ends with "(2)".
    /// </summary>
    private static bool IsInlineShape(string text, ListMarker marker, int end)
    {
        var textStart = marker.TextStart;
        var lowerAllowed = marker.Style.Delimiter is MarkerDelimiter.Enclosed or MarkerDelimiter.Paren && char.IsLetter(text[textStart < end ? textStart : end - 1]);
        if (textStart >= end || !(char.IsUpper(text[textStart]) || lowerAllowed) || !TextShape.IsSpace(text[textStart - 1]))
        {
            return false;
        }

        return marker.Style.IsOrdered ? marker.Style.Level == 1 : marker.Style.Bullet is 'o' or '•' or '▪' or '●' or '◦';
    }

    private static bool AfterCountedWord(string text, int start, int position, bool isNumber)
    {
        var wordEnd = TextShape.TrimEnd(text, start, position);
        var wordStart = wordEnd;
        while (wordStart > start && wordEnd - wordStart < MaxWordBefore && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return wordEnd > wordStart && (CountedWords.Contains(word) || (isNumber && NumberJoiners.Contains(word)));
    }
}
