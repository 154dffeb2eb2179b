using System.Net;

namespace Trialdex.Web.Tests.Pages;

public sealed class HomePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_home_page_counts_the_trials_and_the_recruiting_ones_and_dates_the_data()
    {
        var (response, html) = await PageHtml.GetAsync(_client, "/");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"5 trials, 1 recruiting — data as of [A-Z][a-z]+ \d{1,2}, \d{4}", html);
        Assert.Contains("<label for=\"term\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"place\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"status\" value=\"rec\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheets_and_scripts_are_served_by_trialdex_itself_with_the_security_headers()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/");
        var links = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/assets/[^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.Contains(links, l => l.StartsWith("/assets/site.css?v=", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/assets/site.js?v=", StringComparison.Ordinal));
        foreach (var link in links)
        {
            var (asset, body) = await PageHtml.GetAsync(_client, link);
            Assert.NotEmpty(body);
            Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_asset_is_not_found()
    {
        await PageHtml.GetAsync(_client, "/assets/nothing.css", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_home_search_with_recruiting_only_lists_only_recruiting_trials()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?term=stem+cell&place=&status=rec");

        Assert.Equal(["NCT05106972"], PageHtml.TrialLinks(PageHtml.MainElement(html)));
        Assert.Contains("name=\"status\" value=\"rec\" checked", html, StringComparison.Ordinal);
    }
}
