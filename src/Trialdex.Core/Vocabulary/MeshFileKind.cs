using System.Text;

namespace Trialdex.Core.Vocabulary;

/// <summary>The MeSH file formats the vocabulary reader understands.</summary>
internal enum MeshFileKind
{
    /// <summary>NLM's descriptor XML, descYYYY.xml: &lt;DescriptorRecordSet&gt;.</summary>
    DescriptorXml,

    /// <summary>A JSON array of {"id", "name", "synonyms"} objects.</summary>
    Json,

    /// <summary>TAB-separated lines "C13.351.500.852.593&lt;TAB&gt;Gynatresia".</summary>
    Tree,
}

/// <summary>Tells the format of a MeSH file from its first non-blank character.</summary>
internal static class MeshFileKinds
{
    /// <summary>
    /// Reads up to the first non-blank character and puts the stream back at the start: '&lt;' is descriptor XML,
    /// '[' or '{' JSON (which must then be an array), anything else a tree file (whose reader insists on TABs).
    /// </summary>
    /// <exception cref="VocabularyFormatException">The file is empty or blank.</exception>
    public static MeshFileKind Detect(Stream stream, string source)
    {
        int first;
        using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1024, leaveOpen: true))
        {
            do
            {
                first = reader.Read();
            }
            while (first >= 0 && (char.IsWhiteSpace((char)first) || first == '\uFEFF'));
        }

        stream.Position = 0;
        return first switch
        {
            < 0 => throw new VocabularyFormatException(source, null, null, "the file is empty; expected MeSH descriptor XML, a JSON array or tree lines"),
            '<' => MeshFileKind.DescriptorXml,
            '[' or '{' => MeshFileKind.Json,
            _ => MeshFileKind.Tree,
        };
    }
}
