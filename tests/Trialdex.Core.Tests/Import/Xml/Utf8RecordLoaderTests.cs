using System.Text;
using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class Utf8RecordLoaderTests
{
    public static TheoryData<string> Fixtures() => [.. LegacyFixtures.Names()];

    /// <summary>Documents in the subset the fast loader reads: each must give the tree XmlReader gives.</summary>
    public static TheoryData<string, string> Readable() => new()
    {
        { "byte order mark", "\uFEFF<clinical_study><a/>\n <b/></clinical_study>" },
        { "declaration", "<?xml version=\"1.0\"?>\n<clinical_study><a/></clinical_study>" },
        { "declaration in any case and quotes", "<?xml version='1.0' encoding='utf-8' standalone='no' ?><clinical_study><a/></clinical_study>" },
        { "declaration with spaces around =", "<?xml version = \"1.0\"\tencoding=\"UTF-8\"\r\n standalone=\"yes\"?>\r\n<clinical_study><a/></clinical_study>" },
        { "comments and processing instructions around the root", "<!-- a -->\n<?pi x?>\n<clinical_study>\n<!---->\n<a/></clinical_study>\n<!-- b\n -->\n<?pi?>\n" },
        { "text on both sides of a comment", "<clinical_study><a>x<!--c-->y</a><b> <!--c--> y</b><c>x <!--c--> </c></clinical_study>" },
        { "text on both sides of a processing instruction", "<clinical_study><a> <?pi z?> y</a><b>x<?pi?>\n</b></clinical_study>" },
        { "empty elements and spaces in tags", "<clinical_study\r\n ><a\n/><b x = \"1\"\ty='2'  /><c></c ><d\t></d\n></clinical_study >" },
        { "attribute values normalised", "<clinical_study a='x\r\ny\tz\rw\n' b=\"&#10;&#13;&#9;&#32;\" c=\"&lt;&gt;&amp;&quot;&apos;\" d='\"' e=\"'>\"><a/></clinical_study>" },
        { "namespace declarations dropped", "<clinical_study xmlns:p=\"urn:p\"><a xmlns:q='urn:&amp;q' b='1'/></clinical_study>" },
        { "entity and character references in text", "<clinical_study><a>&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x0063;&#0068; &#xe9;&#x20AC;</a></clinical_study>" },
        { "characters above U+FFFF", "<clinical_study><a>&#x1F600;&#128512;\U0001F600</a><b/></clinical_study>" },
        { "cdata sections", "<clinical_study><a><![CDATA[<x> & ]] ]>]]></a><b> <![CDATA[ ]]> <![CDATA[]]></b><c>t<![CDATA[\r\nu\r]]>v</c></clinical_study>" },
        { "line ends normalised in text", "<clinical_study><a>a\r\nb\rc\nd&#13;e&#13;&#10;f\r</a></clinical_study>" },
        { "white space by character reference", "<clinical_study><a>&#32;&#10;</a><b>&#x20;&#9;&#xD;<c/></b><d>&#32;x</d><e>\r\n\t </e></clinical_study>" },
        { "positions after multi-byte characters, tabs and line ends", "<clinical_study>\té<a/>éé<b/>\U0001F600<c/>€\r\n  <d/>\r <e/>\n<f/>\u0085\u2028<g/></clinical_study>" },
        { "positions after line ends in tags, values, comments and instructions", "<clinical_study\r\n a='1\r\n2'\r><a\n/><!-- x\r\ny --><b/><?p \r\n?><c/><![CDATA[\r\r\n]]><d/></clinical_study>" },
        { "nesting up to the depth limit", "<clinical_study>" + string.Concat(Enumerable.Repeat("<a>", RecordLoader.MaxDepth)) + "x" + string.Concat(Enumerable.Repeat("</a>", RecordLoader.MaxDepth)) + "</clinical_study>" },
        { "results section skipped", "<clinical_study><clinical_results a='1'>t<x b='2'>u<![CDATA[v]]></x><y/></clinical_results><z>w</z></clinical_study>" },
        { "deep results section", "<clinical_study><clinical_results>" + string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100)) + "</clinical_results></clinical_study>" },
        { "results section deeper down kept", "<clinical_study><a><clinical_results><b>x</b></clinical_results></a><clinical_results/></clinical_study>" },
        { "long white space", "<clinical_study>" + new string(' ', 4000) + "<a/></clinical_study>" },
        { "names with digits, dots, dashes and underscores", "<clinical_study><_a.b-c1 x_1.y-z='1'/><A/></clinical_study>" },
        { "empty root", "<clinical_study/>" },
    };

    /// <summary>Documents the fast loader gives up on, as (label, what in the minimal fixture, replaced by).</summary>
    public static TheoryData<string, string, string> Unreadable() => new()
    {
        { "another encoding declared", "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"" },
        { "another XML version", "version=\"1.0\"", "version=\"1.1\"" },
        { "a DTD", "<clinical_study>", "<!DOCTYPE clinical_study><clinical_study>" },
        { "xml:space", "<clinical_study>", "<clinical_study xml:space=\"preserve\">" },
        { "a default namespace", "<clinical_study>", "<clinical_study xmlns=\"urn:x\">" },
        { "a prefixed attribute", "<clinical_study>", "<clinical_study xmlns:p=\"urn:p\" p:a=\"1\">" },
        { "a prefixed element", "<source>[Withheld sponsor]</source>", "<p:source xmlns:p=\"urn:p\">x</p:source>" },
        { "an empty prefixed namespace", "<clinical_study>", "<clinical_study xmlns:p=\"\">" },
        { "a control character", "[Withheld device study]", "[Withheld \u0001 study]" },
        { "a reference to a control character", "[Withheld device study]", "[Withheld &#1; study]" },
        { "U+FFFE", "[Withheld device study]", "[Withheld \uFFFE study]" },
        { "a reference to U+FFFF", "[Withheld device study]", "[Withheld &#xFFFF; study]" },
        { "a reference to a surrogate", "[Withheld device study]", "[Withheld &#xD800; study]" },
        { "a reference past U+10FFFF", "[Withheld device study]", "[Withheld &#x110000; study]" },
        { "an upper-case hexadecimal reference", "[Withheld device study]", "[Withheld &#X41; study]" },
        { "an undefined entity", "[Withheld device study]", "[Withheld&nbsp;study]" },
        { "]]> in text", "[Withheld device study]", "[Withheld]]>study]" },
        { "< in an attribute value", "<overall_status>", "<overall_status a=\"<\">" },
        { "duplicate attributes", "<overall_status>", "<overall_status a=\"1\" a='2'>" },
        { "attributes without space between", "<overall_status>", "<overall_status a=\"1\"b='2'>" },
        { "mismatched tags", "</source>", "</sources>" },
        { "an unclosed root", "</clinical_study>", "" },
        { "text after the root", "</clinical_study>", "</clinical_study>\nx" },
        { "another root", "clinical_study>", "study>" },
        { "a malformed name", "<source>", "<source><1a/>" },
        { "a non-ASCII name", "<source>", "<source><é/>" },
        { "nesting past the depth limit", "<source>", "<source>" + string.Concat(Enumerable.Repeat("<a>", RecordLoader.MaxDepth)) + string.Concat(Enumerable.Repeat("</a>", RecordLoader.MaxDepth)) },
        { "-- in a comment", "<source>", "<!-- a -- b --><source>" },
        { "a comment ending in -", "<source>", "<!-- a ---><source>" },
        { "an xml processing instruction inside", "<source>", "<?xml version=\"1.0\"?><source>" },
        { "white space before the declaration", "<?xml", " <?xml" },
        { "two byte order marks", "<?xml", "\uFEFF\uFEFF<?xml" },
        { "text before the root", "<clinical_study>", "x<clinical_study>" },
        { "white space XmlReader may call text", "<source>", new string(' ', 5000) + "<source>" },
        { "an empty document", LegacyFixtures.Text("minimal"), "" },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void A_document_in_the_simple_subset_loads_to_the_tree_xml_reader_builds(string label, string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);

        var tree = Utf8RecordLoader.TryLoad(bytes);

        Assert.True(tree is not null, $"{label}: the fast loader gave up");
        Assert.Null(RecordTrees.FirstDifference(RecordTrees.Reference(bytes), tree));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_loads_to_the_tree_xml_reader_builds_and_maps_to_the_same_bytes(string name)
    {
        var bytes = LegacyFixtures.Bytes(name);

        var tree = Utf8RecordLoader.TryLoad(bytes);

        Assert.NotNull(tree);
        Assert.Null(RecordTrees.FirstDifference(RecordTrees.Reference(bytes), tree));
        Assert.Equal(LegacyXmlMapper.MapToUtf8(new MemoryStream(bytes)), LegacyXmlMapper.MapToUtf8(bytes.AsMemory()));
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_document_outside_the_subset_is_left_to_xml_reader_which_maps_or_refuses_it_as_before(string label, string replace, string with)
    {
        var xml = LegacyFixtures.Text("minimal");
        Assert.Contains(replace, xml, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(xml.Replace(replace, with, StringComparison.Ordinal));

        var tree = Utf8RecordLoader.TryLoad(bytes);

        Assert.True(tree is null, $"{label}: the fast loader read it");
        Assert.Equal(MapOutcome.OfStream(bytes), MapOutcome.OfBytes(bytes));
    }

    [Theory]
    [InlineData("an invalid byte", new byte[] { 0xFF })]
    [InlineData("a truncated sequence", new byte[] { 0xC3 })]
    [InlineData("an encoded surrogate", new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData("an overlong encoding", new byte[] { 0xC0, 0xAF })]
    public void Bytes_that_are_not_utf8_text_are_left_to_xml_reader(string label, byte[] bytes)
    {
        var xml = LegacyFixtures.Bytes("minimal");
        var at = xml.AsSpan().IndexOf("device"u8);
        byte[] damaged = [.. xml.AsSpan(0, at), .. bytes, .. xml.AsSpan(at)];

        Assert.True(Utf8RecordLoader.TryLoad(damaged) is null, $"{label}: the fast loader read it");
        Assert.Equal(MapOutcome.OfStream(damaged), MapOutcome.OfBytes(damaged));
    }

    [Fact]
    public void Positions_count_utf16_units_from_the_name_as_xml_line_info_does()
    {
        var tree = Utf8RecordLoader.TryLoad(Encoding.UTF8.GetBytes("\uFEFF<clinical_study>\r\n\t\U0001F600é<a/></clinical_study>"))!;

        Assert.Equal((1, 2), (tree.Line, tree.Column));
        Assert.Equal((2, 6), (tree.Elements().Single().Line, tree.Elements().Single().Column));
    }
}
