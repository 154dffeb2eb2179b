using Trialdex.Core.Geo;

namespace Trialdex.Core.Tests.Geo;

/// <summary>What a result says about its choice: what was chosen, over how many, and what was ignored.</summary>
public sealed class GazetteerExplanationTests
{
    private static readonly Gazetteer Sample = GeoCases.Sample;

    [Fact]
    public void An_ambiguous_name_says_it_chose_the_most_populous_and_names_the_runner_up()
    {
        var paris = Sample.Find("Paris")!;

        Assert.Equal(
            "Paris, Île-de-France, France (population 2,100,000): the most populous of 3 places named \"Paris\"; "
            + "next: Paris, Texas, United States (population 25,000).",
            paris.Explanation);
        Assert.Equal((48.86, 2.35, 2_100_000L, 2), (paris.Latitude, paris.Longitude, paris.Population, paris.Alternatives));
    }

    [Fact]
    public void A_unique_match_says_so_with_the_qualifiers_it_met()
    {
        var boston = Sample.Find("Boston, MA")!;

        Assert.Equal("Boston, Massachusetts, United States: the only place named \"Boston\" in MA.", boston.Explanation);
    }

    [Fact]
    public void A_match_by_another_name_says_whose_name_it_is()
    {
        Assert.EndsWith("\"Peking\" is another name for Beijing.", Sample.Find("Peking")!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_preferred_for_bearing_the_name_itself_says_so()
    {
        var found = Sample.Find("Saint-Pierre")!;

        Assert.Contains("the most populous of 2 places named \"Saint-Pierre\" whose own name it is", found.Explanation, StringComparison.Ordinal);
        Assert.Contains("next: Saint-Pierre-des-Corps", found.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_qualifier_is_named_as_ignored()
    {
        Assert.EndsWith(
            "\"Atlantis\" is not a known state, province or country, so it was ignored.",
            Sample.Find("Paris, Atlantis")!.Explanation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_in_an_unknown_country_says_every_country_was_considered()
    {
        Assert.EndsWith(
            "The country \"Atlantis\" is not known, so places in every country were considered.",
            Sample.FindSite("Paris", null, "Atlantis")!.Explanation,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_state_that_is_no_known_division_is_named_as_unused()
    {
        var boston = Sample.FindSite(" Boston ", "Suffolk County", "United States")!;

        Assert.Equal(
            "Boston, Massachusetts, United States: the only place named \"Boston\" in Suffolk County, United States. "
            + "The state \"Suffolk County\" is not a division the gazetteer knows, so it was not used.",
            boston.Explanation);
    }

    [Fact]
    public void A_site_whose_state_holds_only_a_dominant_city_elsewhere_says_the_state_was_taken_as_wrong()
    {
        Assert.EndsWith(
            "No place of that name is in \"Sichuan\"; the record's state was taken to be wrong for so large a city.",
            Sample.FindSite("Chongqing", "Sichuan", "China")!.Explanation,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",,,")]
    [InlineData("a, b, c, d, e, f, g, h, i")]
    public void Empty_text_or_more_parts_than_a_place_has_finds_nothing(string? text)
    {
        Assert.Null(Sample.Find(text));
    }

    [Fact]
    public void Many_threads_share_one_gazetteer_and_get_the_same_answers()
    {
        string[] queries = ["Paris", "Boston, MA", "Springfield", "Peking", "São Paulo", "Roma", "London, ON", "Nowhere"];
        var expected = queries.Select(Sample.Find).ToList();

        var answers = new GeocodeResult?[queries.Length * 200];
        Parallel.For(0, answers.Length, i => answers[i] = Sample.Find(queries[i % queries.Length]));

        Assert.All(Enumerable.Range(0, answers.Length), i => Assert.Equal(expected[i % queries.Length], answers[i]));
    }
}
