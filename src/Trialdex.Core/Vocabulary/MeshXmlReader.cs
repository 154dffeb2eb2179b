using System.Xml;

namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Streams NLM's descriptor XML (descYYYY.xml, about 300 MB) one &lt;DescriptorRecord&gt; at a time, taking only
/// its DescriptorUI, DescriptorName, TreeNumberList and the Term strings of every concept. The DOCTYPE is ignored,
/// never fetched.
/// </summary>
internal static class MeshXmlReader
{
    private const string RootElement = "DescriptorRecordSet";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static IEnumerable<MeshDescriptor> Read(Stream stream, string source)
    {
        using var reader = XmlReader.Create(stream, Settings);
        while (Guard(reader, source) is { } descriptor)
        {
            yield return descriptor;
        }
    }

    // Iterators cannot catch, so each record is read here: XML errors become format errors at the reader's position.
    private static MeshDescriptor? Guard(XmlReader reader, string source)
    {
        try
        {
            return NextRecord(reader, source);
        }
        catch (XmlException e)
        {
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : Position(reader);
            throw new VocabularyFormatException(source, line, column, e.Message, e);
        }
    }

    private static MeshDescriptor? NextRecord(XmlReader reader, string source)
    {
        if (reader.ReadState == ReadState.Initial)
        {
            EnterRoot(reader, source);
        }

        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "DescriptorRecord")
            {
                return ReadRecord(reader, source);
            }
            else
            {
                reader.Skip();
            }
        }

        return null;
    }

    private static void EnterRoot(XmlReader reader, string source)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != RootElement)
        {
            var (line, column) = Position(reader);
            throw new VocabularyFormatException(source, line, column, $"the root element is <{reader.LocalName}>, not <{RootElement}>");
        }

        reader.Read();
    }

    private static MeshDescriptor ReadRecord(XmlReader reader, string source)
    {
        var (line, column) = Position(reader);
        var id = "";
        string? name = null;
        var terms = new List<string>();
        var treeNumbers = new List<string>();
        MeshXmlChildren.ForEach(reader, null, child =>
        {
            switch (child.LocalName)
            {
                case "DescriptorUI":
                    id = MeshXmlChildren.ReadText(child).Trim();
                    break;
                case "DescriptorName":
                    name = MeshXmlChildren.ReadString(child);
                    break;
                case "TreeNumberList":
                    MeshXmlChildren.ForEach(child, "TreeNumber", number => treeNumbers.Add(ReadTreeNumber(number, source)));
                    break;
                case "ConceptList":
                    MeshXmlChildren.ForEachTerm(child, terms.Add);
                    break;
                default:
                    child.Skip();
                    break;
            }
        });

        if (id.Length == 0)
        {
            throw new VocabularyFormatException(source, line, column, "the DescriptorRecord has no DescriptorUI");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new VocabularyFormatException(source, line, column, $"the DescriptorRecord {id} has no DescriptorName/String");
        }

        return MeshDescriptor.Create(id, name, terms, treeNumbers);
    }

    private static string ReadTreeNumber(XmlReader reader, string source)
    {
        var (line, column) = Position(reader);
        var number = MeshXmlChildren.ReadText(reader).Trim();
        return MeshTreeNumber.IsValid(number)
            ? number
            : throw new VocabularyFormatException(source, line, column, $"'{number}' is not a MeSH tree number such as C13.351.500");
    }

    private static (long? Line, long? Column) Position(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (null, null);
}
