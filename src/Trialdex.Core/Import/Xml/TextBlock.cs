using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// One blank-line-separated block of a legacy textblock: a paragraph, or a list item ("-  " bullet or "12. "
/// number) whose wrapped lines hang under its text. <see cref="Marker"/> is the item's API v2 marker.
/// </summary>
internal readonly record struct TextBlock(int Indent, string Marker, int XmlMarkerWidth, string Text)
{
    public bool IsItem => XmlMarkerWidth > 0;

    /// <summary>Reads the block from its lines, indents measured from <paramref name="baseIndent"/>.</summary>
    public static TextBlock Read(ReadOnlySpan<string> lines, int baseIndent)
    {
        var first = lines[0].Trim();
        var indent = TextblockNormalizer.Indent(lines[0]) - baseIndent;
        var (marker, width) = MarkerOf(first);
        if (width > 0 && lines.Length > 1 && TextblockNormalizer.Indent(lines[1]) - baseIndent != indent + width)
        {
            (marker, width) = (string.Empty, 0);
        }

        var text = new StringBuilder(first, width, first.Length - width, first.Length);
        foreach (var line in lines[1..])
        {
            text.Append(' ').Append(line.Trim());
        }

        return new TextBlock(indent, marker, width, text.ToString().TrimStart());
    }

    private static (string Marker, int Width) MarkerOf(string line)
    {
        if (line.StartsWith("-  ", StringComparison.Ordinal))
        {
            return ("* ", 3);
        }

        var digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && line.Length > digits + 1 && line[digits] == '.' && line[digits + 1] == ' '
            ? (line[..(digits + 2)], digits + 2)
            : (string.Empty, 0);
    }
}
