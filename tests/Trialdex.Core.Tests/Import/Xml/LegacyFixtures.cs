using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>The hand-written legacy XML records in Cases/LegacyXml, each beside the API v2 JSON it must map to.</summary>
internal static class LegacyFixtures
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Cases", "LegacyXml");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.xml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".xml"));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name + ".xml"));

    public static JsonNode Expected(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")))!;

    public static JsonObject Map(string name) => MapBytes(Bytes(name));

    public static JsonObject MapText(string xml) => MapBytes(Encoding.UTF8.GetBytes(xml));

    public static JsonObject MapBytes(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return LegacyXmlMapper.Map(stream);
    }
}
