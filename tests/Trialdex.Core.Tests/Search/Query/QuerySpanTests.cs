using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

public sealed class QuerySpanTests
{
    [Theory]
    [InlineData("covid-19 vaccine", "covid-19|vaccine")]
    [InlineData("  Crohn's   disease ", "Crohn's|disease")]
    [InlineData("\"breast cancer\" OR lymphoma", "\"breast cancer\"|lymphoma")]
    [InlineData("AREA[Condition]\\MISSING persons", "MISSING|persons")]
    [InlineData("liver cirrhosis; hepatitis B, China", "liver|cirrhosis|hepatitis|B|China")]
    public void The_words_and_phrases_of_a_query_span_exactly_their_own_text(string input, string expected)
    {
        var query = QueryParser.Parse(input).Query!;

        var texts = QueryAssert.Descendants(query).OfType<TextNode>().Select(n => input.Substring(n.Span.Start, n.Span.Length));

        Assert.Equal(expected.Split('|'), texts);
    }

    [Theory]
    [InlineData("cancer AND NOT (lung OR \"small cell\")", "NOT (lung OR \"small cell\")")]
    [InlineData("x AREA[Condition]\"liver cirrhosis\" y", "AREA[Condition]\"liver cirrhosis\"")]
    [InlineData("x AREA[LocationCountry]United States AND y", "AREA[LocationCountry]United States")]
    [InlineData("x AREA[StartDate]RANGE[2020-01-01, MAX] y", "AREA[StartDate]RANGE[2020-01-01, MAX]")]
    [InlineData("x AREA[ResultsFirstPostDate]MISSING y", "AREA[ResultsFirstPostDate]MISSING")]
    [InlineData("x SEARCH[Location](AREA[LocationCity]Boston) y", "SEARCH[Location](AREA[LocationCity]Boston)")]
    [InlineData("x EXPANSION[None]cancer AND y", "EXPANSION[None]cancer")]
    [InlineData("x COVERAGE[FullMatch]\"heart attack\" y", "COVERAGE[FullMatch]\"heart attack\"")]
    public void An_operator_spans_from_its_name_to_the_end_of_its_operand(string input, string expected)
    {
        var query = QueryParser.Parse(input).Query!;

        var node = QueryAssert.Descendants(query).First(n => n is NotNode or AreaNode or RangeNode or MissingNode or SearchNode or ModifierNode);

        Assert.Equal(expected, input.Substring(node.Span.Start, node.Span.Length));
    }

    [Fact]
    public void And_and_or_span_from_their_first_operand_to_their_last()
    {
        const string input = "(heart attack OR stroke) AND dizziness";

        var and = Assert.IsType<AndNode>(QueryParser.Parse(input).Query);
        var or = Assert.IsType<OrNode>(and.Children[0]);

        Assert.Equal("heart attack OR stroke) AND dizziness", input[and.Span.Start..and.Span.End]);
        Assert.Equal("heart attack OR stroke", input[or.Span.Start..or.Span.End]);
    }

    [Fact]
    public void A_range_or_missing_deeper_inside_an_area_spans_only_its_own_operator()
    {
        const string input = "AREA[StartDate](NOT MISSING OR RANGE[2020, MAX])";

        var area = Assert.IsType<AreaNode>(QueryParser.Parse(input).Query);
        var missing = QueryAssert.Descendants(area).OfType<MissingNode>().Single();
        var range = QueryAssert.Descendants(area).OfType<RangeNode>().Single();

        Assert.Equal(input, input[area.Span.Start..area.Span.End]);
        Assert.Equal("MISSING", input[missing.Span.Start..missing.Span.End]);
        Assert.Equal("RANGE[2020, MAX]", input[range.Span.Start..range.Span.End]);
        Assert.Equal(("StartDate", "StartDate"), (missing.Field, range.Field));
    }

    [Theory]
    [InlineData("COVERAGE[Everywhere]x", "Everywhere")]
    [InlineData("cancer AND", "AND")]
    [InlineData("cancer AND (lung", "(")]
    [InlineData("a \"small cell", "\"")]
    [InlineData("AREA[ Cond ition ]x", "Cond ition")]
    [InlineData("AREA[MinimumAge]RANGE[MIN,  18 parsecs ]", "18 parsecs")]
    [InlineData("AREA[X]RANGE[500, 100]", "RANGE[500, 100]")]
    [InlineData("x AREA[Condition", "AREA[")]
    [InlineData("x ( ) y", "( )")]
    public void An_error_points_at_the_text_at_fault(string input, string expected)
    {
        var error = QueryParser.Parse(input).Error!;

        Assert.Equal(expected, input.Substring(error.Position, error.Length));
    }
}
