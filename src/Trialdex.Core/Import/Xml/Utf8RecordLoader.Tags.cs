using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>Start and end tags: names, attributes, namespace declarations, and the stack of open elements.</summary>
internal ref partial struct Utf8RecordLoader
{
    /// <summary>
    /// A start tag, from its name on. Its element is built and added to <paramref name="parent"/> unless it lies in
    /// a skipped section; an element left open is pushed, as a skipped section when it is the results section.
    /// </summary>
    private bool StartTag(RecordElement? parent, out RecordElement? element, bool skip = false)
    {
        element = null;
        var nameStart = _pos;
        var nameLength = Utf8XmlNames.NameLength(Rest);
        if (nameLength == 0)
        {
            return false;
        }

        if (!skip)
        {
            var (line, column) = _positions.At(_xml, nameStart);
            element = new RecordElement(Name(nameStart, nameLength), string.Empty, parent, line, column);
            parent?.Add(element);
        }

        _pos += nameLength;
        if (!Attributes(element, out var empty))
        {
            return false;
        }

        if (!empty)
        {
            var skipped = skip || (parent is { Parent: null } && element!.LocalName == RecordLoader.UnmappedSection);
            _open.Add(new OpenElement(nameStart, nameLength, skipped ? null : element));
        }

        return true;
    }

    /// <summary>The attributes of a start tag, up to and with its <c>&gt;</c> or <c>/&gt;</c>; namespace declarations are checked and dropped, as RecordLoader drops them.</summary>
    private bool Attributes(RecordElement? element, out bool empty)
    {
        _attributeNames.Clear();
        empty = false;
        while (true)
        {
            var spaces = SkipSpaces();
            if (Byte(0) == '>')
            {
                _pos++;
                return true;
            }

            if (Byte(0) == '/')
            {
                empty = Byte(1) == '>';
                _pos += 2;
                return empty;
            }

            if (spaces == 0 || !Attribute(element))
            {
                return false;
            }
        }
    }

    private bool Attribute(RecordElement? element)
    {
        var nameStart = _pos;
        var localLength = Utf8XmlNames.NameLength(Rest);
        _pos += localLength;
        var declaration = localLength == 5 && Byte(0) == ':' && _xml.Slice(nameStart, 5).SequenceEqual("xmlns"u8);
        if (declaration)
        {
            _pos++;
            var prefixLength = Utf8XmlNames.NameLength(Rest);
            if (prefixLength == 0 || (prefixLength >= 3 && Ascii.EqualsIgnoreCase(Rest[..3], "xml"u8)))
            {
                return false;
            }

            _pos += prefixLength;
        }

        var name = _xml[nameStart.._pos];
        if (localLength == 0 || name.SequenceEqual("xmlns"u8) || !IsNewAttributeName(nameStart))
        {
            return false;
        }

        SkipSpaces();
        if (Byte(0) != '=')
        {
            return false;
        }

        _pos++;
        SkipSpaces();
        var quote = Byte(0);
        var length = quote is (byte)'"' or (byte)'\'' ? _xml[(_pos + 1)..].IndexOf(quote) : -1;
        if (length < 0)
        {
            return false;
        }

        var raw = _xml.Slice(_pos + 1, length);
        _pos += length + 2;
        if (!Utf8XmlText.TryDecode(raw, Utf8TextKind.Attribute, declaration || element is not null, out var value, out _))
        {
            return false;
        }

        if (declaration)
        {
            return value!.Length > 0 && value is not ("http://www.w3.org/XML/1998/namespace" or "http://www.w3.org/2000/xmlns/");
        }

        element?.AddAttribute(Name(nameStart, localLength), value!);
        return true;
    }

    /// <summary>Records the attribute name ending at the current position; false when the start tag already has it.</summary>
    private readonly bool IsNewAttributeName(int nameStart)
    {
        var name = _xml[nameStart.._pos];
        foreach (var seen in _attributeNames)
        {
            if (name.SequenceEqual(_xml[seen]))
            {
                return false;
            }
        }

        _attributeNames.Add(nameStart.._pos);
        return true;
    }

    private bool EndTag()
    {
        var open = _open[^1];
        _pos++;
        if (!Rest.StartsWith(_xml.Slice(open.NameStart, open.NameLength)))
        {
            return false;
        }

        _pos += open.NameLength;
        SkipSpaces();
        if (Byte(0) != '>')
        {
            return false;
        }

        _pos++;
        _open.RemoveAt(_open.Count - 1);
        return true;
    }
}
