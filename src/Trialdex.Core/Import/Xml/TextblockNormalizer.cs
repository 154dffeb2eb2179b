using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Turns a legacy <c>&lt;textblock&gt;</c> back into the text API v2 serves for the same record. The XML writer
/// indented every block, wrapped lines at 99 columns, put a blank line between paragraphs and between list
/// items, and drew bullets as "-  " with a hanging indent. API v2 serves the submitted Markdown: wrapped lines
/// joined, bullets as "* ", consecutive list items on consecutive lines, nested lists indented under their
/// parent item's text, paragraphs separated by one blank line.
/// </summary>
internal static class TextblockNormalizer
{
    /// <summary>The API v2 form of a textblock, or null when it holds no text.</summary>
    public static string? Normalize(string raw)
    {
        var lines = raw.Split('\n');
        var baseIndent = BaseIndent(lines);
        var text = new StringBuilder(raw.Length);
        var parents = new List<(int XmlTextColumn, int V2TextColumn)>();
        var previousWasItem = false;
        for (var end = 0; end < lines.Length;)
        {
            var start = end;
            while (end < lines.Length && !IsBlank(lines[end]))
            {
                end++;
            }

            if (end == start)
            {
                end++;
                continue;
            }

            var block = TextBlock.Read(lines.AsSpan(start, end - start), baseIndent);
            while (parents.Count > 0 && parents[^1].XmlTextColumn > block.Indent)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            var indent = parents.Count == 0 ? 0 : parents[^1].V2TextColumn;
            if (text.Length > 0)
            {
                text.Append(previousWasItem && block.IsItem ? "\n" : "\n\n");
            }

            text.Append(' ', indent).Append(block.Marker).Append(block.Text);
            if (block.IsItem)
            {
                parents.Add((block.Indent + block.XmlMarkerWidth, indent + block.Marker.Length));
            }

            previousWasItem = block.IsItem;
        }

        return text.Length == 0 ? null : text.ToString();
    }

    internal static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    private static int BaseIndent(string[] lines)
    {
        var min = int.MaxValue;
        foreach (var line in lines)
        {
            if (!IsBlank(line))
            {
                min = Math.Min(min, Indent(line));
            }
        }

        return min == int.MaxValue ? 0 : min;
    }
}
