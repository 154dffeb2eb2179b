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
}
