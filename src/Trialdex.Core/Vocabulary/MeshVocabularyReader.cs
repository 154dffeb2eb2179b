namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Reads MeSH from files the user gives: NLM's descriptor XML (descYYYY.xml), the simple JSON array
/// [{"id","name","synonyms"}] and the tree file "C13.351.500.852.593&lt;TAB&gt;Gynatresia", each told apart by its
/// first character and read as a stream.
/// </summary>
public static class MeshVocabularyReader
{
    /// <summary>
    /// Reads every file and merges them into one vocabulary: descriptors with the same id are one, and tree headings
    /// join the descriptor of the same name (ignoring case and punctuation) or stand alone with an empty id.
    /// </summary>
    /// <exception cref="VocabularyFormatException">A file is empty or malformed; the message names the file, position and reason.</exception>
    /// <exception cref="IOException">A file cannot be opened or read.</exception>
    public static MeshVocabulary Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new MeshVocabulary(paths.SelectMany(ReadDescriptors));
    }

    /// <summary>
    /// Streams the descriptors of one file as written, before any merging: a tree file gives one bare descriptor
    /// (no id, one tree number) per line.
    /// </summary>
    /// <exception cref="VocabularyFormatException">The file is empty or malformed, when enumeration reaches the problem.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static IEnumerable<MeshDescriptor> ReadDescriptors(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFile(path);
    }

    /// <summary>Tells the format of a seekable stream and streams its descriptors; <paramref name="source"/> names it in errors.</summary>
    internal static IEnumerable<MeshDescriptor> ReadDescriptors(Stream stream, string source) =>
        MeshFileKinds.Detect(stream, source) switch
        {
            MeshFileKind.DescriptorXml => MeshXmlReader.Read(stream, source),
            MeshFileKind.Json => MeshJsonReader.Read(stream, source),
            _ => MeshTreeReader.Read(stream, source),
        };

    private static IEnumerable<MeshDescriptor> ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        foreach (var descriptor in ReadDescriptors(stream, path))
        {
            yield return descriptor;
        }
    }
}
