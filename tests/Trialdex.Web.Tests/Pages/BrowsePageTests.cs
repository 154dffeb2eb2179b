using System.Net;
using Trialdex.Web.Features.Landscape;
using Trialdex.Web.Features.Locations;

namespace Trialdex.Web.Tests.Pages;

/// <summary>The locations and landscape pages, in-process over the bundled sample.</summary>
public sealed class BrowsePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_landscape_charts_each_dimension_as_an_svg_image_with_a_table_and_a_csv_link()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/landscape?cond=cirrhosis");

        foreach (var key in LandscapeChart.Keys)
        {
            Assert.Contains($"/landscape.csv?chart={key}&amp;cond=cirrhosis", html, StringComparison.Ordinal);
        }

        Assert.Contains("role=\"group\" aria-labelledby=\"chart-status-title\" aria-describedby=\"chart-status-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-enrollment-title chart-enrollment-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-enrollment-desc\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">11–50</th>", html, StringComparison.Ordinal); // NCT05106972 enrolls 30
    }

    [Fact]
    public async Task A_landscape_chart_downloads_as_csv_and_an_unknown_chart_is_a_problem()
    {
        var csv = await _client.GetStringAsync(new Uri("/landscape.csv?chart=status&cond=cirrhosis", UriKind.Relative));
        Assert.Equal("Status,trials\r\nRecruiting,1\r\n", csv);

        var unknown = await _client.GetAsync(new Uri("/landscape.csv?chart=colour", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_locations_page_draws_every_country_as_a_titled_link_to_its_search()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/locations");

        Assert.Contains("<a href=\"/search?country=France\" class=\"country\"><title>France: no trials</title><path d=\"M", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_atlas_knows_countries_by_the_names_records_use()
    {
        var atlas = WorldAtlas.Bundled;

        Assert.NotNull(atlas);
        Assert.Equal("KR", atlas.Find("Korea, Republic of")?.Code);
        Assert.Equal("US", atlas.Find("United States")?.Code);
        Assert.Equal("RU", atlas.Find("Russian Federation")?.Code);
        Assert.Null(atlas.Find("Atlantis"));
    }

    [Fact]
    public void A_map_fitted_to_one_site_zooms_in_around_it_and_with_none_shows_the_world()
    {
        var atlas = WorldAtlas.Bundled!;

        var world = MapDrawing.Fit(atlas, MapDrawing.Plain(atlas), [], "none");
        var chongqing = MapDrawing.Fit(atlas, MapDrawing.Plain(atlas), [new MapPoint(29.56, 106.55, 1, "Chongqing")], "one");

        Assert.Equal("0 0 720 286", world.ViewBox);
        var box = chongqing.ViewBox.Split(' ').Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (x, y) = atlas.Project(29.56, 106.55);
        Assert.InRange(x, box[0], box[0] + box[2]);
        Assert.InRange(y, box[1], box[1] + box[3]);
        Assert.True(box[2] < 720);
    }
}
