using System.Xml;
using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class LegacyXmlGoldenTests
{
    public static TheoryData<string> Cases() => [.. LegacyFixtures.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_legacy_record_maps_to_the_api_v2_json_beside_it(string name)
    {
        var expected = LegacyFixtures.Expected(name);

        var actual = LegacyFixtures.Map(name);

        var difference = JsonDiff.First(expected, actual);
        Assert.True(difference is null, $"{name}.xml maps differently from {name}.json at {difference}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_caller_supplied_xml_reader_maps_the_same_as_a_stream(string name)
    {
        using var stream = new MemoryStream(LegacyFixtures.Bytes(name));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });

        var actual = LegacyXmlMapper.Map(reader);

        Assert.Null(JsonDiff.First(LegacyFixtures.Expected(name), actual));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_expected_json_uses_only_api_v2_enum_strings(string name)
    {
        var expected = LegacyFixtures.Expected(name);

        Assert.Empty(V2Vocabulary.Violations(expected));
    }
}
