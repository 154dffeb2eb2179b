using System.Xml;
using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Loads records with the XmlReader path and compares <see cref="RecordElement"/> trees, for the fast loader's tests.</summary>
internal static class RecordTrees
{
    /// <summary>The tree the XmlReader path builds from <paramref name="xml"/>; throws <see cref="LegacyXmlException"/> as the mapper does.</summary>
    public static RecordElement Reference(byte[] xml)
    {
        using var stream = new MemoryStream(xml, writable: false);
        using var reader = XmlReader.Create(stream, LegacyXmlMapper.Settings);
        return LegacyXmlMapper.Load(reader);
    }

    /// <summary>
    /// Where <paramref name="actual"/> first differs from <paramref name="expected"/> (name, namespace, line, column,
    /// attributes in order, own text, children), or null when the two trees are equal.
    /// </summary>
    public static string? FirstDifference(RecordElement expected, RecordElement actual, string path = "")
    {
        path += "/" + expected.LocalName;
        var difference =
            Differs("name", expected.LocalName, actual.LocalName) ??
            Differs("namespace", expected.NamespaceUri, actual.NamespaceUri) ??
            Differs("position", (expected.Line, expected.Column), (actual.Line, actual.Column)) ??
            Differs("text", expected.OwnText, actual.OwnText) ??
            Differs("attributes", Attributes(expected), Attributes(actual));
        if (difference is not null)
        {
            return $"{path}: {difference}";
        }

        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        if (expectedChildren.Count != actualChildren.Count)
        {
            return $"{path}: {expectedChildren.Count} child elements expected, {actualChildren.Count} found";
        }

        return expectedChildren.Zip(actualChildren).Select(pair => FirstDifference(pair.First, pair.Second, path)).FirstOrDefault(d => d is not null);
    }

    private static string Attributes(RecordElement element) =>
        string.Join(' ', element.Attributes.Select(a => $"{a.LocalName}=[{a.Value}]"));

    private static string? Differs<T>(string what, T expected, T actual) =>
        EqualityComparer<T>.Default.Equals(expected, actual) ? null : $"{what} {Show(expected)} expected, {Show(actual)} found";

    private static string? Show<T>(T value) => value?.ToString()?.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
