using System.Text.Json.Nodes;
using Trialdex.Core.Tests.Sample;

namespace Trialdex.Core.Tests.Studies.Page;

/// <summary>
/// Each seed page against <c>Cases/SeedPages/&lt;id&gt;.expected.json</c>: every page section with the page's facts,
/// and every inclusion and exclusion criterion. Keys starting with "_" are notes for the reader.
/// </summary>
public sealed class SeedPageGoldenTests
{
    private static readonly string[] CriteriaKeys = ["inclusion", "exclusion"];

    [Theory]
    [MemberData(nameof(SeedPageCases.Ids), MemberType = typeof(SeedPageCases))]
    public void The_page_of_each_seed_study_has_every_section_of_its_seed_page_with_the_same_facts(string id)
    {
        var expected = Expected(id);
        var actual = PageJson.ToJson(PageJson.Of(id));
        actual.Remove("eligibility");

        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), actual.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (section, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, actual[section]),
                $"{id} {section}: expected {PageJson.Write(value)} but the page has {PageJson.Write(actual[section])}");
        }
    }

    [Theory]
    [MemberData(nameof(SeedPageCases.Ids), MemberType = typeof(SeedPageCases))]
    public void The_page_of_each_seed_study_lists_every_inclusion_and_exclusion_criterion_under_its_parent(string id)
    {
        var eligibility = PageJson.Of(id).Eligibility;
        using var expected = SeedPageCases.Load(id);

        Assert.Equal(CriteriaOutline.Expected(expected, "inclusion"), CriteriaOutline.Of(eligibility?.Inclusion ?? []));
        Assert.Equal(CriteriaOutline.Expected(expected, "exclusion"), CriteriaOutline.Of(eligibility?.Exclusion ?? []));
        Assert.Empty(eligibility?.Unclassified ?? []);
    }

    private static JsonObject Expected(string id)
    {
        using var file = SeedPageCases.Load(id);
        var expected = JsonNode.Parse(file.RootElement.GetRawText())!.AsObject();
        foreach (var key in expected.Select(p => p.Key).Where(k => k.StartsWith('_') || CriteriaKeys.Contains(k)).ToList())
        {
            expected.Remove(key);
        }

        return expected;
    }
}
