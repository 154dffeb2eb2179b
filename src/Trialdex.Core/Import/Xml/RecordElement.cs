namespace Trialdex.Core.Import.Xml;

/// <summary>
/// One element of a legacy record as the mapper reads it: its name, its own text, its attributes without a
/// namespace, its child elements, and where it starts in the XML text (for error messages). Lighter than an
/// <c>XElement</c> tree, which the mapper needs nothing else of: names are compared as plain strings instead of
/// being looked up as <c>XName</c>s at every step, and a record's elements carry no annotation objects.
/// </summary>
internal sealed class RecordElement
{
    private RecordElement? _firstChild;
    private RecordElement? _lastChild;
    private RecordElement? _nextSibling;
    private List<RecordAttribute>? _attributes;
    private string? _text;

    /// <summary>An element named <paramref name="localName"/> in no namespace, holding <paramref name="text"/> (for tests).</summary>
    public RecordElement(string localName, string? text = null)
        : this(localName, string.Empty, null, 0, 0) => _text = text;

    public RecordElement(string localName, string namespaceUri, RecordElement? parent, int line, int column)
    {
        LocalName = localName;
        NamespaceUri = namespaceUri;
        Parent = parent;
        Line = line;
        Column = column;
    }

    public string LocalName { get; }

    public string NamespaceUri { get; }

    public RecordElement? Parent { get; }

    /// <summary>The line the element starts on; 0 when the reader gave no positions.</summary>
    public int Line { get; }

    public int Column { get; }

    public bool HasElements => _firstChild is not null;

    /// <summary>The element's own text, without that of child elements, which legacy values never have.</summary>
    public string OwnText => _text ?? string.Empty;

    /// <summary>The first child called <paramref name="name"/> (in no namespace), or null.</summary>
    public RecordElement? Element(string name)
    {
        for (var child = _firstChild; child is not null; child = child._nextSibling)
        {
            if (child.Is(name))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The children called <paramref name="name"/> (in no namespace), in document order.</summary>
    public IEnumerable<RecordElement> Elements(string name)
    {
        for (var child = _firstChild; child is not null; child = child._nextSibling)
        {
            if (child.Is(name))
            {
                yield return child;
            }
        }
    }

    /// <summary>Every child element, in document order.</summary>
    public IEnumerable<RecordElement> Elements()
    {
        for (var child = _firstChild; child is not null; child = child._nextSibling)
        {
            yield return child;
        }
    }

    /// <summary>The attributes in no namespace, in document order.</summary>
    public IReadOnlyList<RecordAttribute> Attributes => _attributes ?? [];

    /// <summary>The attribute called <paramref name="name"/> (in no namespace), or null.</summary>
    public RecordAttribute? Attribute(string name)
    {
        if (_attributes is { } attributes)
        {
            foreach (var attribute in attributes)
            {
                if (string.Equals(attribute.LocalName, name, StringComparison.Ordinal))
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    internal void Add(RecordElement child)
    {
        if (_lastChild is null)
        {
            _firstChild = child;
        }
        else
        {
            _lastChild._nextSibling = child;
        }

        _lastChild = child;
    }

    internal void AddText(string text) => _text = _text is null ? text : _text + text;

    internal void AddAttribute(string localName, string value) => (_attributes ??= []).Add(new RecordAttribute(this, localName, value));

    private bool Is(string name) => NamespaceUri.Length == 0 && string.Equals(LocalName, name, StringComparison.Ordinal);
}

/// <summary>An attribute in no namespace of a <see cref="RecordElement"/>.</summary>
internal sealed record RecordAttribute(RecordElement Parent, string LocalName, string Value);
