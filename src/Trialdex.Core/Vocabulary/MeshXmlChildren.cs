using System.Xml;

namespace Trialdex.Core.Vocabulary;

/// <summary>Walks the child elements of the element an <see cref="XmlReader"/> stands on, without building a tree.</summary>
internal static class MeshXmlChildren
{
    /// <summary>
    /// Calls <paramref name="onChild"/> for each child element (named <paramref name="name"/>, or any when null),
    /// which must consume it; skips the others and leaves the reader after the parent's end tag.
    /// </summary>
    public static void ForEach(XmlReader reader, string? name, Action<XmlReader> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (name is null || reader.LocalName == name)
            {
                onChild(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
    }

    /// <summary>The text content of the current element, which must hold no child elements; moves past its end tag.</summary>
    public static string ReadText(XmlReader reader)
    {
        var name = reader.LocalName;
        try
        {
            return reader.ReadElementContentAsString();
        }
        catch (XmlException e) when (e.LineNumber == 0)
        {
            throw new XmlException($"<{name}> must hold only text ({e.Message})", e);
        }
    }

    /// <summary>The text of the &lt;String&gt; child of the current element, as in &lt;DescriptorName&gt;&lt;String&gt;…</summary>
    public static string? ReadString(XmlReader reader)
    {
        string? text = null;
        ForEach(reader, "String", child => text = ReadText(child));
        return text;
    }

    /// <summary>Every Concept/TermList/Term/String under a &lt;ConceptList&gt;.</summary>
    public static void ForEachTerm(XmlReader conceptList, Action<string> onTerm) =>
        ForEach(conceptList, "Concept", concept =>
            ForEach(concept, "TermList", termList =>
                ForEach(termList, "Term", term =>
                {
                    if (ReadString(term) is { } text)
                    {
                        onTerm(text);
                    }
                })));
}
