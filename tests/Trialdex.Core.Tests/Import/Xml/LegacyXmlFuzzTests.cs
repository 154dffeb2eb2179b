using System.Text;
using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Random byte mutations and truncations of the fixtures: the mapper either maps or throws <see cref="LegacyXmlException"/>.</summary>
public sealed class LegacyXmlFuzzTests
{
    private const int Rounds = 400;

    private static readonly byte[][] Fragments =
    [
        .. new[]
        {
            "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "]]>", "<![CDATA[", "<!DOCTYPE x>", "</", "/>", "\"", "N/A", "Unknown",
            "Phase 9", "-1", "99999999999", " (", ")", "<clinical_results/>", "<textblock>", "</textblock>", "<location>", "xmlns=\"urn:x\"",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0xFF], [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF],
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_and_truncated_records_map_or_throw_only_legacy_xml_exceptions(int seed)
    {
        var random = new Random(seed);
        var fixtures = LegacyFixtures.Names().Select(LegacyFixtures.Bytes).ToArray();
        var refused = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var bytes = fixtures[random.Next(fixtures.Length)].ToList();
            for (var mutations = random.Next(1, 5); mutations > 0 && bytes.Count > 0; mutations--)
            {
                Mutate(bytes, random);
            }

            try
            {
                LegacyFixtures.MapBytes([.. bytes]);
            }
            catch (LegacyXmlException)
            {
                refused++;
            }
        }

        Assert.InRange(refused, 1, Rounds);
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
