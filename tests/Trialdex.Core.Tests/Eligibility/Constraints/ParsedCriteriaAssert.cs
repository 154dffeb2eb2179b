using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

/// <summary>
/// Compares two parses field by field, lists by their items (records compare lists by reference), and MeSH
/// descriptors by id and name, which is what the stored form keeps.
/// </summary>
internal static class ParsedCriteriaAssert
{
    public static void Equal(ParsedCriteria expected, ParsedCriteria actual, string context = "")
    {
        Assert.True(expected.Criteria.Count == actual.Criteria.Count, $"{context}: {actual.Criteria.Count} criteria instead of {expected.Criteria.Count}");
        for (var i = 0; i < expected.Criteria.Count; i++)
        {
            var (e, a) = (expected.Criteria[i], actual.Criteria[i]);
            var where = $"{context} criterion {i}";
            Assert.Equal((e.Kind, e.Text, e.Span, e.Depth, e.Constraints.Count), (a.Kind, a.Text, a.Span, a.Depth, a.Constraints.Count));
            for (var j = 0; j < e.Constraints.Count; j++)
            {
                Assert.True(Key(e.Constraints[j]) == Key(a.Constraints[j]), $"{where} constraint {j}:\n{Key(e.Constraints[j])}\n{Key(a.Constraints[j])}");
            }
        }
    }

    /// <summary>Every field of a constraint in one string, decimals with their scale and doubles in round-trip form.</summary>
    private static string Key(Constraint c) => string.Join(
        " | ",
        c.Kind, c.Field, c.Operator, string.Join(",", c.Values), string.Join(",", c.ValueTexts), c.Unit,
        c.Normalized is { } n ? $"{string.Join(",", n.Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))} {n.Unit} {n.Kind}" : "-",
        string.Join(",", c.Times), c.Label, c.Flags, c.OrGroup, string.Join(",", c.Descriptors.Select(d => d.Id + " " + d.Name)),
        c.Span, c.ComparisonSpan, c.SourceSpan, c.SourceComparisonSpan);
}
