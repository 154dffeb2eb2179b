using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

public sealed class QueryGoldenTests
{
    public static TheoryData<string, int, string, string> Cases()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var (file, line, input, expected) in QueryCases.All())
        {
            data.Add(file, line, input, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_golden_input_parses_to_its_canonical_form_or_its_error(string file, int line, string input, string expected)
    {
        var result = QueryParser.Parse(input);

        Assert.True(expected == QueryAssert.Describe(result), $"{file}:{line}\n  input:    {input}\n  expected: {expected}\n  actual:   {QueryAssert.Describe(result)}");
        QueryAssert.WellFormed(input, result);
    }

    [Fact]
    public void The_golden_files_hold_at_least_sixty_cases_and_cover_every_group()
    {
        var cases = QueryCases.All().ToList();

        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.Superset(
            new HashSet<string>(["areas.txt", "boolean.txt", "errors.txt", "pasted-text.txt", "ranges.txt"]),
            cases.Select(c => c.File).ToHashSet());
        Assert.All(cases.Where(c => c.File == "errors.txt"), c => Assert.StartsWith("ERROR @", c.Expected, StringComparison.Ordinal));
    }
}
