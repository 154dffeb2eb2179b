using System.Net;
using System.Text.RegularExpressions;
using Trialdex.Core.Import;
using Trialdex.Web.Tests.Browser;

namespace Trialdex.Web.Tests.Pages;

/// <summary>
/// The landscape's bars as links to their trials, in-process over the bundled sample plus the browser tests'
/// cirrhosis trials in fourteen cities (the sample has no sites, so no country chart).
/// </summary>
public sealed class LandscapeLinkTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        var records = BrowserStudies.Studies().Select(s => (ImportItem)new RawRecord("browser studies", s.Id, SourceFormat.ApiV2Json, System.Text.Encoding.UTF8.GetBytes(s.Json)));
        await new StudyImporter(factory.Store).ImportAsync(records, new ImportProgress(), null, null, default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/landscape")]
    [InlineData("/landscape?cond=cirrhosis")]
    [InlineData("/landscape?status=rec&status=com&country=China&country=France")]
    [InlineData("/landscape?term=stem+cells&phase=2&start=2015&start=2016&start=2017")]
    public async Task Every_status_phase_start_and_country_bar_links_to_a_search_finding_as_many_trials_as_it_counts(string landscape)
    {
        var (_, html) = await PageHtml.GetAsync(_client, landscape);

        foreach (var key in new[] { "status", "phase", "start", "country" })
        {
            var svg = Regex.Match(html, $"<svg[^>]*aria-labelledby=\"chart-{key}-title\"[^>]*>.*?</svg>", RegexOptions.Singleline);
            Assert.True(svg.Success, $"{landscape}: no {key} chart");
            var bars = Regex.Matches(svg.Value, "<a href=\"(?<url>[^\"]+)\"><title>(?<label>[^<]+): (?<count>[0-9,]+) trials?</title>");
            Assert.NotEmpty(bars);
            foreach (Match bar in bars)
            {
                var url = WebUtility.HtmlDecode(bar.Groups["url"].Value);
                Assert.StartsWith("/search?", url, StringComparison.Ordinal);
                Assert.Matches($"<th scope=\"row\">\\s*<a href=\"{Regex.Escape(bar.Groups["url"].Value)}\">", html); // the table's row links there too
                var (_, search) = await PageHtml.GetAsync(_client, url);
                var total = Regex.Match(search, "<h2 id=\"results-title\">(?<total>[0-9,]+) trials?").Groups["total"].Value;
                Assert.True(bar.Groups["count"].Value == total, $"{landscape}: the {key} bar '{bar.Groups["label"].Value}' counts {bar.Groups["count"].Value} but {url} finds {total}");
            }
        }
    }

    [Fact]
    public async Task A_bar_of_a_chosen_filter_narrows_the_search_to_its_own_value()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/landscape?cond=cirrhosis&country=China&country=France");

        Assert.Contains("href=\"/search?cond=cirrhosis&amp;country=China\"><title>China: 4 trials</title>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?cond=cirrhosis&amp;country=France\"><title>France: 2 trials</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bar_of_a_value_not_chosen_beside_chosen_ones_is_no_link()
    {
        // With phase 2 chosen, "Phase 1" counts the phase 1/2 trials: no search asks for phase 1 and phase 2 both.
        var (_, html) = await PageHtml.GetAsync(_client, "/landscape?term=stem+cells&phase=2");

        Assert.Matches("<th scope=\"row\">\\s*Phase 1\\s*</th>", html);
        Assert.DoesNotContain("<title>Phase 1:", html, StringComparison.Ordinal);
        Assert.Contains("<title>Phase 2:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_year_filter_shows_in_the_sidebar_to_untick_and_survives_the_other_forms()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?cond=cirrhosis&start=2016");

        Assert.Contains("<h2 id=\"results-title\">2 trials", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"f-start-0\" name=\"start\" value=\"2016\" checked", html);
        Assert.Matches("<input type=\"hidden\" name=\"start\" value=\"2016\"", html); // the sort and search forms keep it
    }

    [Fact]
    public async Task A_start_year_that_is_not_a_year_is_a_search_error()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?start=20x1", HttpStatusCode.BadRequest);

        Assert.Contains("is not a start year", html, StringComparison.Ordinal);
    }

}
