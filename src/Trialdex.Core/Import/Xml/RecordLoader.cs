using System.Xml;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Loads one record into a <see cref="RecordElement"/> tree, with what <c>XElement.Load</c>
/// would keep of it, but refuses nesting deeper than any legacy record has: a tree thousands of levels deep takes the
/// garbage collector minutes to mark, and recursive members would overflow the stack on it. The results section,
/// which the mapper only notes, stays an empty element. Each element carries its source position.
/// This is the reference loader: <see cref="Utf8RecordLoader"/> builds the same tree faster from the bytes of simple
/// well-formed UTF-8 records, and leaves everything else, every error message included, to this one.
/// </summary>
internal static class RecordLoader
{
    /// <summary>The deepest nesting accepted below the root; results sections, the deepest part of a record, need about twelve.</summary>
    public const int MaxDepth = 64;

    /// <summary>Results are not mapped, only noted: their content is checked for well-formedness but not built into the tree.</summary>
    internal const string UnmappedSection = "clinical_results";

    /// <summary>Reads the element at the reader's position, with everything under it.</summary>
    public static RecordElement Load(XmlReader reader)
    {
        var position = reader as IXmlLineInfo;
        var rootDepth = reader.Depth;
        var root = Element(reader, null, position);
        var current = root;
        var open = !reader.IsEmptyElement;
        while (open && reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Depth - rootDepth > MaxDepth:
                    throw current.Error($"elements nested deeper than {MaxDepth} levels");
                case XmlNodeType.Element:
                    var child = Element(reader, current, position);
                    current.Add(child);
                    if (current == root && child.LocalName == UnmappedSection)
                    {
                        reader.ReadSubtree().Dispose();
                    }
                    else if (!reader.IsEmptyElement)
                    {
                        current = child;
                    }

                    break;
                case XmlNodeType.EndElement:
                    open = current != root;
                    current = current.Parent ?? root;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    current.AddText(reader.Value);
                    break;
            }
        }

        return root;
    }

    private static RecordElement Element(XmlReader reader, RecordElement? parent, IXmlLineInfo? position)
    {
        var (line, column) = position is not null && position.HasLineInfo() ? (position.LineNumber, position.LinePosition) : (0, 0);
        var element = new RecordElement(reader.LocalName, reader.NamespaceURI, parent, line, column);
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI.Length == 0)
            {
                element.AddAttribute(reader.LocalName, reader.Value);
            }
        }

        reader.MoveToElement();
        return element;
    }
}
