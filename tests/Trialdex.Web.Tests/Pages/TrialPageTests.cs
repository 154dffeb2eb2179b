using System.Net;
using System.Text.Json.Nodes;

namespace Trialdex.Web.Tests.Pages;

public sealed class TrialPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_trial_page_answers_to_its_id_in_any_case()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/nct03033277");

        Assert.Contains("<h1 id=\"trial-title\">Human Umbilical Cord Mesenchymal Stem Cells (HUC-MSCs) Transplantation in Women With Primary Ovarian Insufficiency (POI)</h1>", html, StringComparison.Ordinal);
        Assert.Contains("320 participants in 2 patient groups, including a placebo group", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"site-map\"", html, StringComparison.Ordinal);
        Assert.Contains("Data sourced from <a href=\"https://clinicaltrials.gov/study/NCT03033277\">ClinicalTrials.gov</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_record_has_no_clinicaltrials_gov_link()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/LOCAL-MELASMA-EXOSOMES");

        Assert.DoesNotContain("clinicaltrials.gov/study", html, StringComparison.Ordinal);
        Assert.Contains("A local record", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/trial/NCT99999999")]
    [InlineData("/trial/not-an-id")]
    [InlineData("/trial/NCT99999999.ris")]
    public async Task An_unknown_trial_is_a_friendly_404_page_with_a_search_box(string url)
    {
        var (response, html) = await PageHtml.GetAsync(_client, url, HttpStatusCode.NotFound);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("We could not find that page", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"search-box\" action=\"/search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_the_friendly_404_but_an_unknown_api_route_stays_a_problem()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/no/such/page", HttpStatusCode.NotFound);
        Assert.Contains("There is no page at this address", html, StringComparison.Ordinal);

        var api = await _client.GetAsync(new Uri("/api/v2/nothing-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_trial_downloads_as_its_stored_json()
    {
        var (response, json) = await PageHtml.GetAsync(_client, "/trial/nct05106972.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NCT05106972.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("NCT05106972", JsonNode.Parse(json)!["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_trial_downloads_as_a_ris_citation()
    {
        var (response, ris) = await PageHtml.GetAsync(_client, "/trial/NCT05106972.ris");

        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType?.MediaType);
        var lines = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("TY  - DBASE", lines[0]);
        Assert.Equal("ER  - ", lines[^1]);
        Assert.Contains("TI  - Umbilical Cord Mesenchymal Stem Cell Transplantation for Decompensated Hepatitis B Cirrhosis", lines);
        Assert.Contains("AU  - Asia Stem Cell Regenerative Pharmaceutical", lines);
        Assert.Contains("ID  - NCT05106972", lines);
        Assert.Contains("UR  - https://clinicaltrials.gov/study/NCT05106972", lines);
        Assert.Contains("KW  - Liver Cirrhosis", lines);
        Assert.Contains(lines, l => l.StartsWith("AB  - This study aims", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
    }

    [Fact]
    public async Task A_local_record_cites_its_trialdex_page()
    {
        var (_, ris) = await PageHtml.GetAsync(_client, "/trial/LOCAL-IUA-IPS-EXO.ris");

        Assert.Contains("UR  - http://localhost/trial/LOCAL-IUA-IPS-EXO\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("DB  - Trialdex\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trial_downloads_as_a_csv_row()
    {
        var (response, csv) = await PageHtml.GetAsync(_client, "/trial/NCT05106972.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("NCT05106972,Umbilical Cord", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ris", "application/x-research-info-systems", "TY  - DBASE")]
    [InlineData("csv", "text/csv", "NCTId,BriefTitle")]
    [InlineData("json", "application/json", "{")]
    public async Task The_api_serves_one_study_as_json_csv_or_ris(string format, string contentType, string start)
    {
        var response = await _client.GetAsync(new Uri($"/api/v2/studies/NCT05106972?format={format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(start, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_refuses_an_unknown_format_for_one_study_with_a_problem()
    {
        var response = await _client.GetAsync(new Uri("/api/v2/studies/NCT05106972?format=xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_print_stylesheet_is_linked_for_print_media()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/NCT05106972");
        var print = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"stylesheet\" href=\"(/assets/print.css[^\"]*)\" media=\"print\"");

        Assert.True(print.Success, "no print stylesheet link");
        var (_, css) = await PageHtml.GetAsync(_client, WebUtility.HtmlDecode(print.Groups[1].Value));
        Assert.Contains("#site-map", css, StringComparison.Ordinal);
    }
}
