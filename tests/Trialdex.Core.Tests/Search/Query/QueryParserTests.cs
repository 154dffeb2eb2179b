using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    [InlineData(";,*^:~{}")]
    [InlineData("\0\u0007\u200B")]
    public void Text_with_nothing_to_search_for_matches_every_study(string? input)
    {
        var result = QueryParser.Parse(input);

        Assert.Equal(new QueryParseResult(null, null), result);
        Assert.True(result.MatchesAll);
    }

    [Fact]
    public void A_query_parses_into_typed_nodes()
    {
        var query = QueryParser.Parse("\"breast cancer\" OR (lymphoma AND NOT AREA[Phase](PHASE2 OR PHASE3))").Query;

        var or = Assert.IsType<OrNode>(query);
        var phrase = Assert.IsType<PhraseNode>(or.Children[0]);
        var and = Assert.IsType<AndNode>(or.Children[1]);
        Assert.Equal(["breast", "cancer"], phrase.Words);
        Assert.Equal("lymphoma", Assert.IsType<TermNode>(and.Children[0]).Text);
        var area = Assert.IsType<AreaNode>(Assert.IsType<NotNode>(and.Children[1]).Operand);
        Assert.Equal("Phase", area.Field);
        Assert.Equal(["PHASE2", "PHASE3"], Assert.IsType<OrNode>(area.Operand).Children.Cast<TermNode>().Select(t => t.Text));
    }

    [Fact]
    public void A_phrase_keeps_its_text_as_typed_and_its_words_without_punctuation()
    {
        var phrase = Assert.IsType<PhraseNode>(QueryParser.Parse("\"non-small, cell (lung) \\\"cancer\\\"\"").Query);

        Assert.Equal(["non-small", "cell", "lung", "cancer"], phrase.Words);
        Assert.Equal("non-small, cell (lung) \\\"cancer\\\"", phrase.Text);
    }

    [Fact]
    public void A_field_name_is_kept_as_written_for_the_engine_to_check()
    {
        var area = Assert.IsType<AreaNode>(QueryParser.Parse("AREA[protocolSection.conditionsModule.conditions]asthma").Query);

        Assert.Equal("protocolSection.conditionsModule.conditions", area.Field);
    }

    [Fact]
    public void An_operator_takes_the_whole_run_of_words_after_it_as_ClinicalTrials_gov_does()
    {
        var and = Assert.IsType<AndNode>(QueryParser.Parse("AREA[LocationCountry]United States AND AREA[LocationStatus]Recruiting").Query);

        var country = Assert.IsType<AreaNode>(and.Children[0]);
        Assert.Equal(["United", "States"], Assert.IsType<AndNode>(country.Operand).Children.Cast<TermNode>().Select(t => t.Text));
        Assert.Equal("Recruiting", Assert.IsType<TermNode>(Assert.IsType<AreaNode>(and.Children[1]).Operand).Text);
    }

    [Theory]
    [InlineData("EXPANSION[concept]x", ModifierKind.Expansion, "Concept")]
    [InlineData("EXPANSION[LOSSY]x", ModifierKind.Expansion, "Lossy")]
    [InlineData("COVERAGE[fullmatch]x", ModifierKind.Coverage, "FullMatch")]
    [InlineData("COVERAGE[ EndsWith ]x", ModifierKind.Coverage, "EndsWith")]
    public void A_modifier_value_is_read_in_any_case_and_kept_in_the_registry_spelling(string input, ModifierKind kind, string value)
    {
        var modifier = Assert.IsType<ModifierNode>(QueryParser.Parse(input).Query);

        Assert.Equal((kind, value), (modifier.Kind, modifier.Value));
        Assert.Equal("x", Assert.IsType<TermNode>(modifier.Operand).Text);
    }

    [Fact]
    public void SEARCH_keeps_its_scope_and_its_operand()
    {
        var search = Assert.IsType<SearchNode>(QueryParser.Parse("SEARCH[Location](AREA[LocationCity]Boston AND AREA[LocationStatus]RECRUITING)").Query);

        Assert.Equal("Location", search.Scope);
        Assert.Equal(["LocationCity", "LocationStatus"], Assert.IsType<AndNode>(search.Operand).Children.Cast<AreaNode>().Select(a => a.Field));
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_trees_and_different_text_does_not()
    {
        const string input = "cancer AND NOT (lung OR \"small cell\") AND AREA[StartDate]RANGE[2020, MAX]";

        Assert.Equal(QueryParser.Parse(input).Query, QueryParser.Parse(input).Query);
        Assert.Equal(QueryParser.Parse(input).Query!.GetHashCode(), QueryParser.Parse(input).Query!.GetHashCode());
        Assert.NotEqual(QueryParser.Parse("a b").Query, QueryParser.Parse("a c").Query);
        Assert.NotEqual(QueryParser.Parse("\"a b\"").Query, QueryParser.Parse("\"a c\"").Query);
    }

    [Fact]
    public void ToString_is_the_canonical_expression()
    {
        var query = QueryParser.Parse("liver cirrhosis OR fibrosis").Query!;

        Assert.Equal("((liver AND cirrhosis) OR fibrosis)", query.ToString());
        Assert.Equal(query.ToString(), QueryPrinter.Print(query));
    }

    [Fact]
    public void Nodes_built_by_hand_print_and_take_their_operands_span()
    {
        var word = new TermNode("asthma", new TextSpan(3, 6));
        var node = new ModifierNode(ModifierKind.Coverage, "FullMatch", new NotNode(new SearchNode("Location", word)));

        Assert.Equal("COVERAGE[FullMatch](NOT SEARCH[Location]asthma)", node.ToString());
        Assert.Equal(new TextSpan(3, 6), node.Span);
        Assert.Equal(9, node.Span.End);
    }
}
