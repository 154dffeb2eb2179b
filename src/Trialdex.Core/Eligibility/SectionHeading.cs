namespace Trialdex.Core.Eligibility;

internal enum HeadingKind
{
    Inclusion,
    Exclusion,

    /// <summary>"Eligibility criteria", "Inclusion and exclusion criteria": a heading that names no side.</summary>
    Neutral,
}

/// <summary>A section heading found at the start of a line or of an inline segment.</summary>
/// <param name="Kind">The section the heading opens.</param>
/// <param name="IsSentence">A lead-in sentence ("Patients will be excluded if they:", "Excluded:") rather than a
/// title; inside a section of the same kind it is only a separator and keeps the open structure.</param>
/// <param name="Start">Offset of the heading text.</param>
/// <param name="GroupEnd">For a qualified heading ("Inclusion criteria for healthy volunteers:"), the end of the text
/// that becomes a group item holding the criteria under it; otherwise equal to <paramref name="Start"/>.</param>
/// <param name="RemainderStart">Where criterion text written on the heading's own line begins
/// ("Exclusion: prior surgery"); the segment's end when there is none.</param>
internal readonly record struct SectionHeading(HeadingKind Kind, bool IsSentence, int Start, int GroupEnd, int RemainderStart)
{
    public bool IsQualified => GroupEnd > Start;

    /// <summary>Finds a heading at <paramref name="start"/>, looking past Markdown emphasis and header marks.</summary>
    public static SectionHeading? Match(string text, int start, int end)
    {
        var s = start;
        while (s < end && (text[s] is '#' or '*' or '_' || TextShape.IsSpace(text[s])))
        {
            s++;
        }

        var e = end;
        while (e > s && (text[e - 1] is '*' or '_' || TextShape.IsSpace(text[e - 1])))
        {
            e--;
        }

        if (e <= s)
        {
            return null;
        }

        if (CriteriaHeadings.Match(text, s, e, end) is { } heading)
        {
            return heading;
        }

        return SentenceHeadings.Match(text, s, e) is { } kind ? new SectionHeading(kind, true, s, s, end) : null;
    }
}
