using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

public sealed class QueryWordsTests
{
    [Theory]
    [InlineData("heart attack", "heart|attack")]
    [InlineData("cancer AND NOT (lung OR \"small cell\") AND AREA[Condition]\"liver cirrhosis\"", "cancer|\"liver cirrhosis\"")]
    [InlineData("NOT NOT asthma", "asthma")]
    [InlineData("NOT asthma", "")]
    [InlineData("bethesda NOT maryland OR COVERAGE[FullMatch]rockville", "bethesda|rockville")]
    [InlineData("SEARCH[Location](AREA[LocationCity]Boston AND NOT AREA[LocationStatus]COMPLETED)", "Boston")]
    [InlineData("AREA[StartDate]RANGE[2020, MAX] AND AREA[ResultsFirstPostDate]MISSING AND EXPANSION[None]SLE", "SLE")]
    public void Words_lists_the_terms_and_phrases_a_matching_study_contains_in_query_order(string input, string expected)
    {
        var words = QueryParser.Words(QueryParser.Parse(input).Query);

        var texts = words.Select(w => w is PhraseNode phrase ? $"\"{string.Join(' ', phrase.Words)}\"" : string.Join(' ', w.Words));
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), texts);
    }

    [Fact]
    public void Words_of_no_query_is_empty()
    {
        Assert.Empty(QueryParser.Words(null));
    }
}
