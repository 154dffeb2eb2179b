using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Contract;

public abstract partial class StudyStoreContract
{
    private const string Criteria = "Inclusion Criteria:\n\n* Platelets ≥ 100 ×10⁹/L\n* Age 18 to 65 years\n\nExclusion Criteria:\n\n* Pregnancy";

    [Fact]
    public async Task Parsed_criteria_are_stored_at_import_and_read_back_as_the_parser_gives_them()
    {
        await Store.UpsertAsync([Document(TestStudies.Node(TestStudies.Id(1), criteria: Criteria)), Document(TestStudies.Id(2))], default);

        var parsed = await Store.GetParsedCriteriaAsync([TestStudies.Id(1).ToLowerInvariant(), " " + TestStudies.Id(2), "NCT99999999"], default);

        Assert.Equal([TestStudies.Id(1), TestStudies.Id(2)], parsed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Describe(ConstraintExtractor.Parse(Criteria)), Describe(parsed[TestStudies.Id(1)]));
        Assert.Contains(parsed[TestStudies.Id(1)].Constraints, c => c.Normalized?.Unit == "10*9/L");
        Assert.Equal(new ParsedCriteriaCounts(2, 0), await Store.CountParsedCriteriaAsync(default));
        Assert.Equal(0, await Store.UpdateParsedCriteriaAsync(100, default));
    }

    [Fact]
    public async Task A_newer_record_replaces_the_stored_criteria_and_one_without_criteria_stores_an_empty_parse()
    {
        await Store.UpsertAsync([Document(TestStudies.Node(TestStudies.Id(1), "2024-01-01", criteria: Criteria))], default);
        await Store.UpsertAsync([Document(TestStudies.Node(TestStudies.Id(1), "2024-02-01", criteria: null))], default);

        var parsed = await Store.GetParsedCriteriaAsync([TestStudies.Id(1)], default);

        Assert.Empty(parsed[TestStudies.Id(1)].Criteria);
    }

    [Fact]
    public async Task Asking_for_no_studies_gives_no_criteria()
    {
        await Store.UpsertAsync([Document(TestStudies.Id(1))], default);

        Assert.Empty(await Store.GetParsedCriteriaAsync([], default));
    }

    /// <summary>Every criterion and constraint in one text: records compare their lists by reference.</summary>
    protected static string Describe(ParsedCriteria criteria) => string.Join(
        "\n",
        criteria.Criteria.Select(c => $"{c.Kind} {c.Span} {c.Depth} {c.Text}: " +
            string.Join(" ; ", c.Constraints.Select(k => $"{k} {k.Flags} {k.SourceSpan} {k.SourceComparisonSpan}"))));
}
