namespace Trialdex.Core.Eligibility;

/// <summary>One physical line of criteria text: its content without surrounding whitespace, and its indentation.</summary>
/// <param name="ContentStart">Offset of the first non-space character.</param>
/// <param name="ContentEnd">Offset just past the last non-space character; equal to the start on a blank line.</param>
/// <param name="Indent">Columns before the content, a tab advancing to the next multiple of four.</param>
internal readonly record struct SourceLine(int ContentStart, int ContentEnd, int Indent)
{
    public bool IsBlank => ContentEnd <= ContentStart;

    /// <summary>Columns from the start of the line to the end of its content.</summary>
    public int Width => Indent + (ContentEnd - ContentStart);

    /// <summary>Splits a text into lines at \n, \r\n and \r.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(text.Length / 48 + 4);
        var start = 0;
        while (true)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('\n' or '\r'))
            {
                end++;
            }

            lines.Add(Trim(text, start, end));
            if (end >= text.Length)
            {
                return lines;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    private static SourceLine Trim(string text, int start, int end)
    {
        var column = 0;
        var contentStart = start;
        while (contentStart < end && TextShape.IsSpace(text[contentStart]))
        {
            column = text[contentStart] == '\t' ? (column / 4 + 1) * 4 : column + 1;
            contentStart++;
        }

        return new SourceLine(contentStart, TextShape.TrimEnd(text, contentStart, end), column);
    }
}
