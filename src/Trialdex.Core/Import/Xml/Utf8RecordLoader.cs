using System.Text;
using System.Text.Unicode;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// The fast path beside <see cref="RecordLoader"/>: builds the same <see cref="RecordElement"/> tree straight from a
/// record's UTF-8 bytes, for the simple well-formed documents ClinicalTrials.gov writes (XML declaration, comments,
/// elements with plain attributes, text with the predefined entities and character references, CDATA). XmlReader
/// spends about half of a record's mapping time on decoding and on generality the records never use.
/// Anything outside that subset, or anything it is not sure XmlReader would read the same way (a DTD, a namespace
/// prefix, <c>xml:space</c>, another encoding, any well-formedness error, nesting past <see cref="RecordLoader.MaxDepth"/>),
/// makes it give up and return null; the caller then loads the record with XmlReader, which stays the reference and
/// gives every error message. It never throws.
/// </summary>
internal ref partial struct Utf8RecordLoader
{
    private const string RootName = "clinical_study";

    /// <summary>XmlReader calls a longer run of white space text when it does not fit its buffer; such runs are left to it.</summary>
    private const int MinWhitespaceLookahead = 4096;

    private readonly ReadOnlySpan<byte> _xml;
    private readonly List<OpenElement> _open = [];
    private readonly List<Range> _attributeNames = [];
    private Utf8LinePositions _positions;
    private int _pos;

    private Utf8RecordLoader(ReadOnlySpan<byte> xml, int start)
    {
        _xml = xml;
        _pos = start;
        _positions = new Utf8LinePositions(start);
    }

    private readonly ReadOnlySpan<byte> Rest => _xml[_pos..];

    /// <summary>The <c>&lt;clinical_study&gt;</c> tree <see cref="RecordLoader.Load"/> would build from <paramref name="xml"/>, or null when the XmlReader path must read it.</summary>
    public static RecordElement? TryLoad(ReadOnlySpan<byte> xml)
    {
        if (!Utf8.IsValid(xml) || Utf8XmlText.HasForbiddenCharacter(xml))
        {
            return null;
        }

        var loader = new Utf8RecordLoader(xml, xml.StartsWith("\uFEFF"u8) ? 3 : 0);
        return loader.Document();
    }

    private RecordElement? Document()
    {
        if (!Prolog() || Byte(0) != '<')
        {
            return null;
        }

        _pos++;
        if (!StartTag(null, out var root) || root!.LocalName != RootName)
        {
            return null;
        }

        return Content(root) && Misc() && _pos == _xml.Length ? root : null;
    }

    /// <summary>The XML declaration, if any, then what may come before the root.</summary>
    private bool Prolog()
    {
        if (Rest.StartsWith("<?xml"u8) && Utf8XmlText.IsSpace(Byte(5)))
        {
            _pos += 5;
            if (!Utf8XmlDeclaration.Read(_xml, ref _pos))
            {
                return false;
            }
        }

        return Misc();
    }

    /// <summary>White space, comments and processing instructions, as before and after the root.</summary>
    private bool Misc()
    {
        while (true)
        {
            SkipSpaces();
            if (Byte(0) != '<' || Byte(1) is not ((byte)'!' or (byte)'?'))
            {
                return true;
            }

            _pos++;
            if (!(Byte(0) == '?' ? ProcessingInstruction() : Comment()))
            {
                return false;
            }
        }
    }

    /// <summary>Everything after the root's start tag, up to and with its end tag.</summary>
    private bool Content(RecordElement root)
    {
        while (_open.Count > 0)
        {
            // Most runs between tags are a line end and indentation: skipped byte by byte, never decoded.
            var start = _pos;
            SkipSpaces();
            if (Byte(0) != '<')
            {
                var lt = Rest.IndexOf((byte)'<');
                if (lt < 0 || !Text(_xml[start..(_pos + lt)]))
                {
                    return false;
                }

                _pos += lt;
            }
            else if (_pos - start >= MinWhitespaceLookahead)
            {
                return false;
            }

            _pos++;
            var read = Byte(0) switch
            {
                (byte)'/' => EndTag(),
                (byte)'?' => ProcessingInstruction(),
                (byte)'!' when Rest.StartsWith("![CDATA["u8) => CData(),
                (byte)'!' => Comment(),
                _ => ChildElement(root),
            };
            if (!read)
            {
                return false;
            }
        }

        return true;
    }

    private bool ChildElement(RecordElement root)
    {
        var parent = _open[^1].Element;
        return (parent is null || _open.Count <= RecordLoader.MaxDepth) && StartTag(parent, out _, skip: parent is null);
    }

    /// <summary>Character data between two tags: added to the open element unless it is white space, which XmlReader reports as such and RecordLoader drops.</summary>
    private readonly bool Text(ReadOnlySpan<byte> raw)
    {
        var element = _open[^1].Element;
        if (!Utf8XmlText.TryDecode(raw, Utf8TextKind.Content, element is not null, out var text, out var whitespace))
        {
            return false;
        }

        if (whitespace)
        {
            return raw.Length < MinWhitespaceLookahead;
        }

        element?.AddText(text!);
        return true;
    }

    /// <summary>A CDATA section, from its <c>![CDATA[</c>: always text, even when empty or white space.</summary>
    private bool CData()
    {
        _pos += "![CDATA["u8.Length;
        var end = Rest.IndexOf("]]>"u8);
        var element = _open[^1].Element;
        if (end < 0 || !Utf8XmlText.TryDecode(Rest[..end], Utf8TextKind.CData, element is not null, out var text, out _))
        {
            return false;
        }

        element?.AddText(text!);
        _pos += end + 3;
        return true;
    }

    /// <summary>A comment, from its <c>!--</c>: it may not hold <c>--</c> nor end in <c>-</c>.</summary>
    private bool Comment()
    {
        if (!Rest.StartsWith("!--"u8))
        {
            return false;
        }

        _pos += 3;
        var end = Rest.IndexOf("--"u8);
        if (end < 0 || Byte(end + 2) != '>')
        {
            return false;
        }

        _pos += end + 3;
        return true;
    }

    /// <summary>A processing instruction, from its <c>?</c>; its target may not be <c>xml</c> in any case.</summary>
    private bool ProcessingInstruction()
    {
        _pos++;
        var target = Utf8XmlNames.NameLength(Rest);
        if (target == 0 || (target == 3 && Ascii.EqualsIgnoreCase(Rest[..3], "xml"u8)))
        {
            return false;
        }

        _pos += target;
        if (!Rest.StartsWith("?>"u8) && !Utf8XmlText.IsSpace(Byte(0)))
        {
            return false;
        }

        var end = Rest.IndexOf("?>"u8);
        _pos += end + 2;
        return end >= 0;
    }

    private int SkipSpaces()
    {
        // A local, not the field, in the loop: the field would be stored and reloaded at every byte.
        var start = _pos;
        var pos = start;
        while (pos < _xml.Length && Utf8XmlText.IsSpace(_xml[pos]))
        {
            pos++;
        }

        _pos = pos;
        return pos - start;
    }

    /// <summary>The byte <paramref name="ahead"/> of the position, or 0 (never a character of a record) past the end.</summary>
    private readonly byte Byte(int ahead) => _pos + ahead < _xml.Length ? _xml[_pos + ahead] : (byte)0;

    private readonly string Name(int start, int length) => Utf8XmlNames.Name(_xml.Slice(start, length));

    /// <summary>An element whose end tag has not been read; <see cref="Element"/> is null in a skipped section.</summary>
    private readonly record struct OpenElement(int NameStart, int NameLength, RecordElement? Element);
}
