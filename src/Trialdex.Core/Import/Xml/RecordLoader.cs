using System.Xml;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Loads one record into an <see cref="XElement"/> tree, as <see cref="XElement.Load(XmlReader)"/> would, but
/// refuses nesting deeper than any legacy record has: a tree thousands of levels deep takes the garbage
/// collector minutes to mark, and recursive LINQ to XML members overflow the stack on it. The results section,
/// which the mapper only notes, stays an empty element. Each element carries its source position as a
/// <see cref="SourcePosition"/> annotation.
/// </summary>
internal static class RecordLoader
{
    /// <summary>The deepest nesting accepted below the root; results sections, the deepest part of a record, need about twelve.</summary>
    public const int MaxDepth = 64;

    /// <summary>Results are not mapped, only noted: their content is checked for well-formedness but not built into the tree.</summary>
    private const string UnmappedSection = "clinical_results";

    /// <summary>Reads the element at the reader's position, with everything under it.</summary>
    public static XElement Load(XmlReader reader)
    {
        var position = reader as IXmlLineInfo;
        var rootDepth = reader.Depth;
        var root = Element(reader, position);
        var current = root;
        var open = !reader.IsEmptyElement;
        while (open && reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Depth - rootDepth > MaxDepth:
                    throw current.Error($"elements nested deeper than {MaxDepth} levels");
                case XmlNodeType.Element:
                    var child = Element(reader, position);
                    current.Add(child);
                    if (current == root && child.Name.LocalName == UnmappedSection)
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
                    current.Add(reader.Value);
                    break;
            }
        }

        return root;
    }

    private static XElement Element(XmlReader reader, IXmlLineInfo? position)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (position is not null && position.HasLineInfo())
        {
            element.AddAnnotation(new SourcePosition(position.LineNumber, position.LinePosition));
        }

        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI.Length == 0)
            {
                element.SetAttributeValue(reader.LocalName, reader.Value);
            }
        }

        reader.MoveToElement();
        return element;
    }
}

/// <summary>Where an element starts in the XML text, for error messages.</summary>
internal sealed record SourcePosition(int Line, int Column);
