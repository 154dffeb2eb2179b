using System.Text;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Random damage to XML bytes, for fuzz tests: byte flips, inserted markup, entities, control bytes and multi-byte characters, cuts.</summary>
internal static class XmlMutations
{
    private static readonly byte[][] Fragments =
    [
        .. new[]
        {
            "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "]]>", "<![CDATA[", "<!DOCTYPE x>", "</", "/>", "\"", "N/A", "Unknown",
            "Phase 9", "-1", "99999999999", " (", ")", "<clinical_results/>", "<textblock>", "</textblock>", "<location>", "xmlns=\"urn:x\"",
            "<!--", "-->", "<!-- c -->", "<?pi x?>", "<![CDATA[ x ]]>", "\r", "\r\n", "\t", "é", "\U0001F600", "&#x1F600;", "&#13;",
            "&#32;", "&lt;", " a=\"1\"", " a='&#9;'", "xml:space=\"preserve\"", "xmlns:p=\"urn:p\"", "<clinical_results>", "</clinical_results>",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0x01], [0x0B], [0xFF], [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0xEF, 0xBF, 0xBE], [0xED, 0xA0, 0x80],
    ];

    /// <summary>A copy of <paramref name="xml"/> with one to four random mutations.</summary>
    public static byte[] Mutated(byte[] xml, Random random)
    {
        var bytes = xml.ToList();
        for (var mutations = random.Next(1, 5); mutations > 0 && bytes.Count > 0; mutations--)
        {
            Mutate(bytes, random);
        }

        return [.. bytes];
    }

    private static void Mutate(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        switch (random.Next(5))
        {
            case 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 1:
                bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                break;
            case 2:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                var from = random.Next(bytes.Count);
                bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(1, 200), bytes.Count - from)));
                break;
        }
    }
}
