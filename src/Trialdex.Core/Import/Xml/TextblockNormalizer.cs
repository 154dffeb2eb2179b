using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Turns a legacy <c>&lt;textblock&gt;</c> back into the text API v2 serves for the same record. The XML writer
/// indented every block, wrapped lines at 99 columns, put a blank line between paragraphs and between list
/// items, and drew bullets as "-  " with a hanging indent. API v2 serves the submitted Markdown: wrapped lines
/// joined, bullets as "* ", consecutive list items on consecutive lines, nested lists indented under their
/// parent item's text, paragraphs separated by one blank line.
/// </summary>
/// <remarks>
/// Lines are read as spans of the raw text and written straight into the result: textblocks are most of a
/// record's text, and a string per line and per block was most of what mapping a record allocated.
/// </remarks>
internal static class TextblockNormalizer
{
    private const string Bullet = "* ";

    /// <summary>A builder that grew past this many characters for an outsized textblock is not kept for the next one.</summary>
    private const int MaxKeptCapacity = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? _text;

    /// <summary>The API v2 form of a textblock, or null when it holds no text.</summary>
    public static string? Normalize(string raw)
    {
        var baseIndent = BaseIndent(raw);
        var text = _text ??= new StringBuilder();
        text.Clear();
        var parents = new List<(int XmlTextColumn, int V2TextColumn)>();
        var previousWasItem = false;
        var position = 0;
        while (position <= raw.Length)
        {
            var line = NextLine(raw, ref position);
            if (line.IsWhiteSpace())
            {
                continue;
            }

            // A block is the run of non-blank lines from here: a paragraph, or a list item whose wrapped lines hang under its text.
            var first = line.Trim();
            var blockIndent = Indent(line) - baseIndent;
            var width = MarkerWidth(first);
            if (width > 0 && Peek(raw, position) is var second && !second.IsWhiteSpace() && Indent(second) - baseIndent != blockIndent + width)
            {
                width = 0;
            }

            var isItem = width > 0;
            while (parents.Count > 0 && parents[^1].XmlTextColumn > blockIndent)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            var indent = parents.Count == 0 ? 0 : parents[^1].V2TextColumn;
            if (text.Length > 0)
            {
                text.Append(previousWasItem && isItem ? "\n" : "\n\n");
            }

            var marker = !isItem ? [] : first[0] == '-' ? Bullet.AsSpan() : first[..width];
            text.Append(' ', indent).Append(marker).Append(first[width..].TrimStart());
            while (position <= raw.Length && Peek(raw, position) is var next && !next.IsWhiteSpace())
            {
                NextLine(raw, ref position);
                text.Append(' ').Append(next.Trim());
            }

            if (isItem)
            {
                parents.Add((blockIndent + width, indent + marker.Length));
            }

            previousWasItem = isItem;
        }

        var result = text.Length == 0 ? null : text.ToString();
        if (text.Capacity > MaxKeptCapacity)
        {
            _text = null;
        }

        return result;
    }

    internal static int Indent(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The line starting at <paramref name="position"/> (lines as <see cref="string.Split(char, StringSplitOptions)"/>
    /// on '\n' gives them), moving <paramref name="position"/> past it: to one past the text's end after the last line.
    /// </summary>
    private static ReadOnlySpan<char> NextLine(string raw, scoped ref int position)
    {
        var rest = raw.AsSpan(position);
        var end = rest.IndexOf('\n');
        if (end < 0)
        {
            position = raw.Length + 1;
            return rest;
        }

        position += end + 1;
        return rest[..end];
    }

    /// <summary>The line starting at <paramref name="position"/>, or an empty (blank) one past the last line.</summary>
    private static ReadOnlySpan<char> Peek(string raw, int position) => position <= raw.Length ? NextLine(raw, ref position) : [];

    /// <summary>The width of the list marker the XML writer drew ("-  " or "12. "), 0 when the line starts with none.</summary>
    private static int MarkerWidth(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("-  ", StringComparison.Ordinal))
        {
            return 3;
        }

        var digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && line.Length > digits + 1 && line[digits] == '.' && line[digits + 1] == ' ' ? digits + 2 : 0;
    }

    private static int BaseIndent(string raw)
    {
        var min = int.MaxValue;
        var position = 0;
        while (position <= raw.Length)
        {
            var line = NextLine(raw, ref position);
            if (!line.IsWhiteSpace())
            {
                min = Math.Min(min, Indent(line));
            }
        }

        return min == int.MaxValue ? 0 : min;
    }
}
