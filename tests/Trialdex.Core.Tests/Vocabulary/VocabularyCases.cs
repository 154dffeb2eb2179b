using System.Text;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

/// <summary>The invented MeSH fixtures in Cases/Vocabulary, in each format the reader understands.</summary>
internal static class VocabularyCases
{
    public static string Xml => PathOf("desc-sample.xml");

    public static string Json => PathOf("mesh-sample.json");

    public static string Tree => PathOf("mesh-sample-tree.txt");

    /// <summary>The three sample files merged, read in the order XML, JSON, tree.</summary>
    public static MeshVocabulary Sample { get; } = MeshVocabularyReader.Read([Xml, Json, Tree]);

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Cases", "Vocabulary", fileName);

    /// <summary>The non-blank, non-comment lines of a case file, split at " | ".</summary>
    public static IEnumerable<string[]> Lines(string fileName) =>
        File.ReadLines(PathOf(fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(" | "));

    /// <summary>One descriptor as a line of mesh-sample.expected.txt.</summary>
    public static string Render(MeshDescriptor descriptor) => string.Join(
        " | ",
        descriptor.Id.Length == 0 ? "-" : descriptor.Id,
        descriptor.Name,
        string.Join("; ", descriptor.EntryTerms),
        string.Join(' ', descriptor.TreeNumbers));

    /// <summary>Reads the descriptors of an in-memory file, detecting its format as a file on disk would be.</summary>
    public static List<MeshDescriptor> ReadText(string text, string source = "test-input") =>
        ReadBytes(Encoding.UTF8.GetBytes(text), source);

    public static List<MeshDescriptor> ReadBytes(byte[] bytes, string source = "test-input")
    {
        using var stream = new MemoryStream(bytes);
        return [.. MeshVocabularyReader.ReadDescriptors(stream, source)];
    }

    public static IEnumerable<string> Names(IEnumerable<MeshDescriptor> descriptors) => descriptors.Select(d => d.Name);
}
