using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Random byte mutations and truncations of the fixtures: the mapper either maps or throws <see cref="LegacyXmlException"/>.</summary>
public sealed class LegacyXmlFuzzTests
{
    private const int Rounds = 400;

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
            var bytes = XmlMutations.Mutated(fixtures[random.Next(fixtures.Length)], random);
            try
            {
                LegacyFixtures.MapBytes(bytes);
            }
            catch (LegacyXmlException)
            {
                refused++;
            }
        }

        Assert.InRange(refused, 1, Rounds);
    }
}
