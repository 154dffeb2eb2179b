namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Line and column of byte offsets in a UTF-8 document, counted as <see cref="System.Xml.IXmlLineInfo"/> counts them:
/// lines start after LF, CR or CRLF anywhere in the text (inside tags, comments and values too); columns are 1-based
/// and count UTF-16 code units, so a character above U+FFFF takes two and a byte order mark none. Offsets must be
/// asked for in increasing order; the text between two is scanned once.
/// </summary>
internal struct Utf8LinePositions(int start)
{
    private int _line = 1;
    private int _scanned = start;

    /// <summary>UTF-16 code units from the start of the current line to <see cref="_scanned"/>.</summary>
    private int _column;

    /// <summary>The position of <paramref name="offset"/>, which is never just after a CR (it follows a <c>&lt;</c>).</summary>
    public (int Line, int Column) At(ReadOnlySpan<byte> xml, int offset)
    {
        var segment = xml[_scanned..offset];
        _scanned = offset;

        // Back to the last line break, usually just the indentation: the column.
        var column = 0;
        var last = segment.Length - 1;
        for (; last >= 0; last--)
        {
            var b = segment[last];
            if (b is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            if ((b & 0xC0) != 0x80)
            {
                // Not a continuation byte: one UTF-16 unit, or two for the lead byte of a character above U+FFFF.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        if (last < 0)
        {
            _column += column;
            return (_line, _column + 1);
        }

        _line += LineBreaks(segment[..(last + 1)]);
        _column = column;
        return (_line, column + 1);
    }

    /// <summary>LFs, and CRs not followed by an LF, in text that ends with a line break.</summary>
    private static int LineBreaks(ReadOnlySpan<byte> text)
    {
        var first = text.IndexOfAny((byte)'\r', (byte)'\n');
        if (first == text.Length - 1 || (first == text.Length - 2 && text[first] == '\r' && text[^1] == '\n'))
        {
            return 1;
        }

        var breaks = text.Count((byte)'\n');
        for (var at = text.IndexOf((byte)'\r'); at >= 0; at = text.IndexOf((byte)'\r'))
        {
            // A CR at the end counts: the caller cut just after the last break, so no LF follows it.
            breaks += at + 1 == text.Length || text[at + 1] != '\n' ? 1 : 0;
            text = text[(at + 1)..];
        }

        return breaks;
    }
}
