using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

public sealed class ConstraintCaseTests
{
    public static TheoryData<string, int> Cases => ConstraintCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_golden_criterion_gives_its_expected_constraints(string file, int line)
    {
        var (criterion, kind, expected) = ConstraintCases.Case(file, line);

        var constraints = ConstraintExtractor.Extract(criterion, kind, units: ConstraintCases.Units);

        Assert.Equal(expected, ConstraintCases.Render(constraints));
    }

    [Fact]
    public void There_are_at_least_eighty_golden_cases_in_at_least_six_groups()
    {
        var cases = ConstraintCases.Theory();

        Assert.True(cases.Count >= 80, $"only {cases.Count} golden cases");
        Assert.True(cases.Select(c => (string)c[0]).Distinct().Count() >= 6);
    }
}
