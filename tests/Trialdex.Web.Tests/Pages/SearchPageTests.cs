using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Web.Tests.Pages;

public sealed class SearchPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_condition_search_lists_the_matching_trial_with_its_facts()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?cond=cirrhosis");

        Assert.Contains("1 trial for “cirrhosis”", html, StringComparison.Ordinal);
        Assert.Equal(["NCT05106972"], PageHtml.TrialLinks(PageHtml.MainElement(html)));
        Assert.Contains("<span class=\"status status-recruiting\">Recruiting</span>", html, StringComparison.Ordinal);
        Assert.Contains("Asia Stem Cell Regenerative Pharmaceutical", html, StringComparison.Ordinal);
        Assert.Contains("30 estimated patients", html, StringComparison.Ordinal);
        Assert.Contains("value=\"cirrhosis\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phase_filter_narrows_the_results_while_the_facets_keep_counting_every_choice()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?phase=1");

        Assert.Contains(">2 trials<", html, StringComparison.Ordinal);
        Assert.Equal(["NCT03033277", "NCT03223454"], PageHtml.TrialLinks(PageHtml.MainElement(html)).Order());
        Assert.Matches(@"name=""phase"" value=""1"" checked />\s*<label for=""f-phase-\d+"">Phase 1 <span class=""count"">\(2\)</span>", html);
        Assert.Matches(@"name=""phase"" value=""2"" />\s*<label for=""f-phase-\d+"">Phase 2 <span class=""count"">\(1\)</span>", html);
        Assert.Matches(@"<label for=""f-sex-\d+"">Female <span class=""count"">\(1\)</span>", html);
    }

    [Fact]
    public async Task Filters_of_different_kinds_combine_and_a_status_filter_keeps_only_that_status()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?status=rec&status=not");
        Assert.Equal(["NCT03223454", "NCT05106972"], PageHtml.TrialLinks(PageHtml.MainElement(html)).Order());

        (_, html) = await PageHtml.GetAsync(_client, "/search?status=rec&status=not&phase=1");
        Assert.Equal(["NCT03223454"], PageHtml.TrialLinks(PageHtml.MainElement(html)));
    }

    [Fact]
    public async Task Paging_uses_links_that_keep_the_query()
    {
        var (_, first) = await PageHtml.GetAsync(_client, "/search?sort=enrollment&size=2");
        Assert.Contains(">5 trials<", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?sort=enrollment&amp;size=2&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?sort=enrollment&amp;size=2&amp;page=3\"", first, StringComparison.Ordinal);

        var (_, last) = await PageHtml.GetAsync(_client, "/search?sort=enrollment&size=2&page=3");
        Assert.Single(PageHtml.TrialLinks(PageHtml.MainElement(last)));
        Assert.Contains("rel=\"prev\"", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">3</span>", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_enrollment_puts_the_largest_trials_first()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?sort=enrollment");

        Assert.Equal(["NCT03033277", "LOCAL-MELASMA-EXOSOMES", "NCT05106972", "LOCAL-IUA-IPS-EXO"], PageHtml.TrialLinks(PageHtml.MainElement(html)).Take(4));
        Assert.Contains("<option value=\"enrollment\" selected>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?cond=cirrhosis&phase=7", "phase", "&#x27;7&#x27; is not a phase choice")]
    [InlineData("/search?cond=cirrhosis&sort=sideways", "sort", "is not a sort order")]
    [InlineData("/search?cond=cirrhosis&page=zero", "page", "must be a whole number")]
    [InlineData("/search?cond=cirrhosis&sort=distance", "sort", "needs a place")]
    [InlineData("/search?cond=cirrhosis&place=Qwxzv%20Nowhere%2C%20Atlantis", "place", "is not a place we know")]
    [InlineData("/search?cond=(cirrhosis", "cond", "")]
    public async Task An_invalid_query_is_a_400_page_that_says_what_is_wrong_and_keeps_the_search_box(string url, string parameter, string message)
    {
        var (_, html) = await PageHtml.GetAsync(_client, url, HttpStatusCode.BadRequest);

        Assert.Contains("This search cannot run", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{parameter}</strong>:", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"cond\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"cond\" name=\"cond\" value=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_atom_feed_is_valid_xml_with_an_entry_per_trial_linking_to_its_page()
    {
        var (response, xml) = await PageHtml.GetAsync(_client, "/search.atom?phase=1");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(atom + "updated"));
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/trial/NCT", e.Element(atom + "id")!.Value, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.NotEmpty(e.Element(atom + "title")!.Value));

        var (_, page) = await PageHtml.GetAsync(_client, "/search?phase=1");
        Assert.Matches("<link rel=\"alternate\" type=\"application/atom(?:\\+|&#x2B;)xml\" title=\"Trials for this search \\(Atom\\)\" href=\"/search.atom\\?phase=1\"", page);
    }

    [Fact]
    public async Task The_search_downloads_as_csv_and_json_with_the_same_query()
    {
        var (_, page) = await PageHtml.GetAsync(_client, "/search?phase=1");
        Assert.Contains("href=\"/search.csv?phase=1\"", page, StringComparison.Ordinal);

        var (csvResponse, csv) = await PageHtml.GetAsync(_client, "/search.csv?phase=1");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("NCTId,BriefTitle,OverallStatus", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);

        var (jsonResponse, json) = await PageHtml.GetAsync(_client, "/search.json?phase=1");
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType?.MediaType);
        var document = JsonNode.Parse(json)!;
        Assert.Equal(2, document["totalCount"]!.GetValue<long>());
        Assert.Equal(2, document["studies"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_download_of_an_invalid_query_is_a_400_problem()
    {
        var response = await _client.GetAsync(new Uri("/search.csv?phase=7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
