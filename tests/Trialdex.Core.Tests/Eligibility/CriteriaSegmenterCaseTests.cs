using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

public sealed class CriteriaSegmenterCaseTests
{
    public static TheoryData<string> Cases() => new(CriteriaCases.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Segmenting_a_case_gives_its_expected_rendering(string name)
    {
        var actual = CriteriaRendering.Render(CriteriaSegmenter.Segment(CriteriaCases.Input(name)));

        var expectedPath = CriteriaCases.ExpectedPath(name);
        Assert.True(File.Exists(expectedPath), $"{name}.expected.txt is missing beside the case. The segmenter renders it as:\n{actual}");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail(Difference(name, expected, actual));
        }
    }

    [Fact]
    public void The_case_folder_holds_at_least_twelve_cases_each_with_an_expected_rendering()
    {
        var names = CriteriaCases.Names().ToList();

        Assert.True(names.Count >= 12, $"only {names.Count} cases in {CriteriaCases.Directory}");
        Assert.All(names, name => Assert.True(File.Exists(CriteriaCases.ExpectedPath(name)), name));
    }

    [Fact]
    public void Windows_line_endings_give_the_same_rendering_as_unix_ones()
    {
        foreach (var name in CriteriaCases.Names())
        {
            var unix = CriteriaCases.Input(name).ReplaceLineEndings("\n");

            var fromUnix = CriteriaRendering.Render(CriteriaSegmenter.Segment(unix));
            var fromWindows = CriteriaRendering.Render(CriteriaSegmenter.Segment(unix.Replace("\n", "\r\n", StringComparison.Ordinal)));

            Assert.True(string.Equals(fromUnix, fromWindows, StringComparison.Ordinal), Difference(name + " (CRLF)", fromUnix, fromWindows));
        }
    }

    /// <summary>The first differing line, then the whole actual rendering to paste into the expected file once checked.</summary>
    private static string Difference(string name, string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        var expectedLine = line < expectedLines.Length ? expectedLines[line] : "(end of file)";
        var actualLine = line < actualLines.Length ? actualLines[line] : "(end of output)";
        return $"""
            Case {name} differs at line {line + 1}:
              expected: {expectedLine}
              actual:   {actualLine}
            Whole actual rendering:
            {actual}
            """;
    }
}
