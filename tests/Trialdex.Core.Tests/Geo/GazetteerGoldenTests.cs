namespace Trialdex.Core.Tests.Geo;

/// <summary>The golden cases of Cases/Geo/find.txt and sites.txt against the invented sample gazetteer.</summary>
public sealed class GazetteerGoldenTests
{
    public static TheoryData<string, string> FindCases => GeoCases.Cases("find.txt");

    public static TheoryData<string, string> SiteCases => GeoCases.Cases("sites.txt");

    [Theory]
    [MemberData(nameof(FindCases))]
    public void Find_chooses_the_expected_place(string query, string expected)
    {
        var result = GeoCases.Sample.Find(query);

        Assert.Equal(expected, GeoCases.Render(result));
    }

    [Theory]
    [MemberData(nameof(SiteCases))]
    public void FindSite_chooses_the_expected_place(string site, string expected)
    {
        var fields = site.Split(" | ");

        var result = GeoCases.Sample.FindSite(GeoCases.Field(fields[0]), GeoCases.Field(fields[1]), GeoCases.Field(fields[2]));

        Assert.Equal(expected, GeoCases.Render(result));
    }

    [Fact]
    public void FindSite_answers_a_site_asked_again_as_it_answered_it_first()
    {
        var gazetteer = Trialdex.Core.Geo.Gazetteer.Load(GeoCases.PathOf("gazetteer-sample.tsv"));
        var sites = SiteCases.Select(row => ((string)row[0]).Split(" | ")).Select(f => (GeoCases.Field(f[0]), GeoCases.Field(f[1]), GeoCases.Field(f[2]))).ToList();

        var first = sites.Select(s => gazetteer.FindSite(s.Item1, s.Item2, s.Item3)).ToList();
        var again = sites.AsEnumerable().Reverse().Select(s => gazetteer.FindSite(s.Item1, s.Item2, s.Item3)).Reverse().ToList();

        Assert.Equal(first.Select(r => GeoCases.Render(r)), again.Select(r => GeoCases.Render(r)));
        Assert.Contains(first, r => r is not null);
        Assert.All(first.Zip(again), pair => Assert.Same(pair.First, pair.Second));
    }
}
