using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

public sealed class QueryLimitsTests
{
    private const int Limit = 100;

    [Fact]
    public void Parentheses_may_nest_a_hundred_deep()
    {
        var input = new string('(', Limit) + "asthma" + new string(')', Limit);

        Assert.Equal("asthma", QueryParser.Parse(input).Query!.ToString());
    }

    [Fact]
    public void Deeper_nesting_is_an_error_at_the_first_level_too_deep()
    {
        var input = new string('(', Limit + 1) + "asthma" + new string(')', Limit + 1);

        var error = QueryParser.Parse(input).Error!;

        Assert.Equal(Limit, error.Position);
        Assert.Equal($"the query nests more than {Limit} levels deep at position {Limit}", error.Message);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("NOT ")]
    [InlineData("AREA[Condition]")]
    [InlineData("EXPANSION[None](")]
    public void Nesting_a_hundred_thousand_deep_is_an_error_not_a_stack_overflow(string level)
    {
        var input = string.Concat(Enumerable.Repeat(level, 100_000)) + "asthma";

        Assert.Contains("nests more than", QueryParser.Parse(input).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_of_a_hundred_thousand_words_parses()
    {
        var input = string.Join(" OR ", Enumerable.Range(0, 100_000).Select(i => $"w{i} \"p {i}\""));

        var or = Assert.IsType<OrNode>(QueryParser.Parse(input).Query);

        Assert.Equal(100_000, or.Children.Count);
        Assert.Equal(200_000, QueryParser.Words(or).Count);
    }

    [Fact]
    public void Long_text_in_an_error_message_is_cut_short()
    {
        var input = "AREA[" + new string('x', 500) + " y]z";

        var error = QueryParser.Parse(input).Error!;

        Assert.True(error.Message.Length < 200, error.Message);
        Assert.Equal("x y".Length + 499, error.Length);
    }
}
