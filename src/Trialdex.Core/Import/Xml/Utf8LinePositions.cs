using System.Text;

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
    private int _columnAt = start;
    private int _column;

    /// <summary>The position of <paramref name="offset"/>, which is never just after a CR (it follows a <c>&lt;</c>).</summary>
    public (int Line, int Column) At(ReadOnlySpan<byte> xml, int offset)
    {
        for (int at; (at = xml[_scanned..offset].IndexOfAny((byte)'\r', (byte)'\n')) >= 0;)
        {
            at += _scanned;
            _scanned = at + (xml[at] == '\r' && at + 1 < offset && xml[at + 1] == '\n' ? 2 : 1);
            _line++;
            _columnAt = _scanned;
            _column = 0;
        }

        _column += Encoding.UTF8.GetCharCount(xml[_columnAt..offset]);
        _scanned = _columnAt = offset;
        return (_line, _column + 1);
    }
}
