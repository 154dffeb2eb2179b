using System.Text;
using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>
/// Random damage to small records: the fast loader never throws, every tree it builds is the one XmlReader builds
/// (from a document XmlReader reads without error), and the bytes entry maps or refuses exactly as the stream entry does.
/// </summary>
public sealed class Utf8RecordLoaderFuzzTests
{
    private const int Rounds = 500;

    /// <summary>A small record using every feature the fast loader reads, beside the fixtures, so that damage reaches each of them.</summary>
    private const string Features =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- c -->\r\n<clinical_study rank='1'>\r\n  <id_info><nct_id>NCT09900004</nct_id></id_info>\r\n" +
        "  <brief_title>A &amp; B &#x1F600; é &#65;<!-- c --> x <![CDATA[<y>]]></brief_title>\r\n  <?pi z?>\r\n" +
        "  <overall_status>Withheld</overall_status>\r\n  <study_type>N/A</study_type>\r\n" +
        "  <study_first_posted type=\"Actual\">May 1, 2018</study_first_posted>\r\n" +
        "  <clinical_results><group group_id='P1'><title>t\r</title></group></clinical_results>\r\n</clinical_study>\r\n";

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_records_load_to_the_xml_reader_tree_or_are_left_to_xml_reader(int seed)
    {
        var random = new Random(seed);
        byte[][] records = [.. LegacyFixtures.Names().Select(LegacyFixtures.Bytes), Encoding.UTF8.GetBytes(Features)];
        var loaded = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var bytes = XmlMutations.Mutated(records[random.Next(records.Length)], random);

            var tree = Utf8RecordLoader.TryLoad(bytes);

            if (tree is not null)
            {
                loaded++;
                var difference = RecordTrees.FirstDifference(RecordTrees.Reference(bytes), tree);
                Assert.True(difference is null, $"{difference} in:\n{Encoding.UTF8.GetString(bytes)}");
            }

            Assert.Equal(MapOutcome.OfStream(bytes), MapOutcome.OfBytes(bytes));
        }

        Assert.InRange(loaded, 1, Rounds - 1);
    }
}
