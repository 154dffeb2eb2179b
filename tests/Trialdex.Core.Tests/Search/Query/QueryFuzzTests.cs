using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

/// <summary>
/// Random queries never make the parser throw; every error points inside the input and says where; every successful
/// parse prints a canonical form that parses back to itself, with spans that hold their words.
/// </summary>
public sealed class QueryFuzzTests
{
    [Fact]
    public void Five_thousand_random_token_soups_never_throw_and_every_result_is_well_formed()
    {
        var queries = new RandomQueries(seed: 20240611);

        var (parsed, errors) = Run(Enumerable.Range(0, 5000).Select(_ => queries.Soup()));

        // Both outcomes must be common, or the generator has stopped exercising the parser.
        Assert.True(parsed > 500 && errors > 2500, $"parsed {parsed}, errors {errors}");
    }

    [Fact]
    public void Five_thousand_random_grammar_expressions_with_noise_never_throw_and_mostly_parse()
    {
        var queries = new RandomQueries(seed: 7);

        var (parsed, errors) = Run(Enumerable.Range(0, 5000).Select(_ => queries.Expression()));

        Assert.True(parsed > 2500 && errors > 250, $"parsed {parsed}, errors {errors}");
    }

    private static (int Parsed, int Errors) Run(IEnumerable<string> inputs)
    {
        var (parsed, errors) = (0, 0);
        foreach (var input in inputs)
        {
            var result = ParseOrFail(input);
            QueryAssert.WellFormed(input, result);
            parsed += result.Query is null ? 0 : 1;
            errors += result.Error is null ? 0 : 1;
        }

        return (parsed, errors);
    }

    private static QueryParseResult ParseOrFail(string input)
    {
        try
        {
            return QueryParser.Parse(input);
        }
        catch (Exception e)
        {
            var escaped = string.Concat(input.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
            Assert.Fail($"{e.GetType().Name} for input \"{escaped}\"\n{e}");
            throw;
        }
    }
}
