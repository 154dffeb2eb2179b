using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class LegacyXmlErrorTests
{
    private static LegacyXmlException Failure(string xml) =>
        Assert.Throws<LegacyXmlException>(() => LegacyFixtures.MapText(xml));

    private static LegacyXmlException FailureOfFixture(string name, string replace, string with)
    {
        var xml = LegacyFixtures.Text(name);
        Assert.Contains(replace, xml, StringComparison.Ordinal);
        return Failure(xml.Replace(replace, with, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_xml_names_the_line_and_position()
    {
        var error = Failure("<clinical_study>\n  <id_info>\n    <nct_id>NCT09900001</nct_id>\n  </oops>\n</clinical_study>");

        Assert.StartsWith("malformed XML at line 4, position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_an_nct_id_is_refused()
    {
        var error = FailureOfFixture("minimal", "<nct_id>NCT09900004</nct_id>", "");

        Assert.StartsWith("missing <nct_id>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_nct_id_is_refused()
    {
        var error = FailureOfFixture("minimal", "<nct_id>NCT09900004</nct_id>", "<nct_id>NCT-4</nct_id>");

        Assert.StartsWith("malformed <nct_id> 'NCT-4'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_value_names_the_record_the_element_the_value_and_the_line()
    {
        var error = FailureOfFixture("minimal", "<overall_status>Withheld</overall_status>", "<overall_status>Foo</overall_status>");

        Assert.Equal("NCT09900004: unknown <overall_status> value 'Foo' (line 13, position 4)", error.Message);
    }

    [Fact]
    public void An_unknown_date_type_attribute_is_refused()
    {
        var error = FailureOfFixture("expanded-access", "<study_first_posted type=\"Actual\">", "<study_first_posted type=\"Guessed\">");

        Assert.Contains("unknown <study_first_posted> type attribute value 'Guessed'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_date_is_refused()
    {
        var error = FailureOfFixture("expanded-access", "<verification_date>December 2022</verification_date>", "<verification_date>Winter 2022</verification_date>");

        Assert.Contains("unreadable date in <verification_date>: 'Winter 2022'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enrollment_that_is_not_a_count_is_refused()
    {
        var error = FailureOfFixture("terminated-with-pending-results", ">9</enrollment>", ">nine</enrollment>");

        Assert.Contains("unknown <enrollment> value 'nine'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_age_in_an_unknown_unit_is_refused()
    {
        var error = FailureOfFixture("terminated-with-pending-results", "<minimum_age>40 Years</minimum_age>", "<minimum_age>40 Decades</minimum_age>");

        Assert.Contains("unknown <minimum_age> value '40 Decades'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_an_overall_status_is_refused()
    {
        var error = FailureOfFixture("minimal", "<overall_status>Withheld</overall_status>", "");

        Assert.StartsWith("NCT09900004: missing <overall_status>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_whose_root_is_not_clinical_study_is_refused()
    {
        var error = Failure("<?xml version=\"1.0\"?>\n<study><nct_id>NCT09900001</nct_id></study>");

        Assert.Equal("root element is <study>, expected <clinical_study> (line 2, position 2)", error.Message);
    }

    [Fact]
    public void An_empty_stream_is_refused()
    {
        var error = Assert.Throws<LegacyXmlException>(() => LegacyXmlMapper.Map(new MemoryStream()));

        Assert.StartsWith("empty input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_nested_deeper_than_any_record_is_refused_before_it_can_exhaust_the_stack()
    {
        const int depth = 100_000;
        var nested = string.Concat(Enumerable.Repeat("<a>", depth)) + "x" + string.Concat(Enumerable.Repeat("</a>", depth));

        var error = Failure($"<clinical_study><id_info><nct_id>NCT09900001</nct_id></id_info><brief_title>{nested}</brief_title></clinical_study>");

        Assert.StartsWith("elements nested deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_is_ever_expanded()
    {
        var error = Failure("""
            <?xml version="1.0"?>
            <!DOCTYPE clinical_study [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <clinical_study><brief_title>&b;</brief_title></clinical_study>
            """);

        Assert.StartsWith("malformed XML", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }
}
