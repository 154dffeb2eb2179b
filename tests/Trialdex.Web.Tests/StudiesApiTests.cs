using System.Net;
using System.Text.Json.Nodes;

namespace Trialdex.Web.Tests;

public sealed class StudiesApiTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public StudiesApiTests(ApiFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Search_answers_in_the_api_v2_page_shape()
    {
        var page = await GetJsonAsync("/api/v2/studies?query.cond=cirrhosis&countTotal=true");
        Assert.Equal(1, page["totalCount"]!.GetValue<long>());
        var study = Assert.Single(page["studies"]!.AsArray())!;
        Assert.Equal("NCT05106972", study["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>());
        Assert.NotNull(study["protocolSection"]!["eligibilityModule"]);
    }

    [Fact]
    public async Task Paging_through_the_api_returns_every_study_once()
    {
        var seen = new List<string>();
        var url = "/api/v2/studies?pageSize=2";
        while (true)
        {
            var page = await GetJsonAsync(url);
            seen.AddRange(page["studies"]!.AsArray().Select(s => s!["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>()));
            if (page["nextPageToken"]?.GetValue<string>() is not { } token)
            {
                break;
            }

            url = "/api/v2/studies?pageSize=2&pageToken=" + token;
        }

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public async Task Fields_selects_pieces_and_paths_keeping_their_place()
    {
        var page = await GetJsonAsync("/api/v2/studies?query.id=NCT03033277&fields=NCTId|OverallStatus|protocolSection.designModule.phases");
        var study = Assert.Single(page["studies"]!.AsArray())!;
        Assert.Equal("""{"protocolSection":{"identificationModule":{"nctId":"NCT03033277"},"statusModule":{"overallStatus":"UNKNOWN"},"designModule":{"phases":["PHASE1","PHASE2"]}}}""",
            study.ToJsonString());
    }

    [Fact]
    public async Task Csv_has_stable_column_names_and_one_row_per_study()
    {
        var csv = await _client.GetStringAsync(new Uri("/api/v2/studies?format=csv&filter.ids=NCT05106972,NCT03033277", UriKind.Relative));
        var lines = csv.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("NCTId,BriefTitle,OverallStatus,Phase,StudyType,Condition,InterventionName,LeadSponsorName,EnrollmentCount,StartDate,CompletionDate", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("NCT03033277,", StringComparison.Ordinal) && l.Contains("PHASE1|PHASE2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_study_is_its_stored_json_whatever_the_case_of_the_id()
    {
        var study = await GetJsonAsync("/api/v2/studies/nct05106972");
        var stored = await _factory.Store.FindAsync("NCT05106972", default);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored!.Json.Span), study));
    }

    [Theory]
    [InlineData("/api/v2/studies/NCT99999999")]
    [InlineData("/api/v2/studies/not-an-id")]
    public async Task An_unknown_study_is_a_404_problem(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Study not found", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("query.cond=(liver", "query.cond")]
    [InlineData("aggFilters=phase:7", "aggFilters")]
    [InlineData("filter.advanced=AREA[Nope]x", "filter.advanced")]
    [InlineData("sort=Nonsense", "sort")]
    [InlineData("frobnicate=1", "frobnicate")]
    [InlineData("fields=NoSuchPiece", "fields")]
    [InlineData("query.term=%27%3B%20DROP%20TABLE%20studies%3B%20--%20NEAR(a%20b)%20x*", null)]
    public async Task Bad_parameters_are_a_400_problem_naming_the_parameter_never_a_500(string query, string? parameter)
    {
        var response = await _client.GetAsync(new Uri("/api/v2/studies?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (parameter is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_the_matching_studies()
    {
        var facets = await GetJsonAsync("/api/v2/studies/facets?aggFilters=sex:f");
        Assert.Equal(facets["totalCount"]!.GetValue<long>(), facets["facets"]!["studyType"]!.AsArray().Sum(c => c!["count"]!.GetValue<long>()));
        Assert.Contains(facets["facets"]!["phase"]!.AsArray(), c => c!["value"]!.GetValue<string>() == "2");
    }

    [Fact]
    public async Task Version_size_and_enums_describe_the_data()
    {
        var version = await GetJsonAsync("/api/v2/version");
        Assert.StartsWith("2.", version["apiVersion"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(version["dataTimestamp"]);
        Assert.Equal(5, (await GetJsonAsync("/api/v2/stats/size"))["totalStudies"]!.GetValue<long>());
        var enums = (await GetJsonAsync("/api/v2/studies/enums")).AsArray();
        var phase = enums.Single(e => e!["type"]!.GetValue<string>() == "Phase")!;
        Assert.Contains(phase["values"]!.AsArray(), v => v!["value"]!.GetValue<string>() == "EARLY_PHASE1" && v["legacyValue"]!.GetValue<string>() == "Early Phase 1");
    }

    [Fact]
    public async Task Field_value_statistics_answer_in_the_shape_of_the_registry_and_refuse_unknown_fields()
    {
        var stats = (await GetJsonAsync("/api/v2/stats/field/values?fields=Phase|HasResults")).AsArray();
        var phase = stats.Single(s => s!["piece"]!.GetValue<string>() == "Phase")!;
        Assert.Equal("protocolSection.designModule.phases", phase["field"]!.GetValue<string>());
        Assert.Equal("ENUM", phase["type"]!.GetValue<string>());
        Assert.Equal(3, phase["missingStudiesCount"]!.GetValue<long>());
        Assert.Equal(["PHASE1:2", "PHASE2:1"], phase["topValues"]!.AsArray().Select(v => $"{v!["value"]}:{v["studiesCount"]}"));
        var results = stats.Single(s => s!["piece"]!.GetValue<string>() == "HasResults")!;
        Assert.Equal(5, results["falseCount"]!.GetValue<long>());
        Assert.Equal(16, (await GetJsonAsync("/api/v2/stats/field/values")).AsArray().Count);

        using var response = await _client.GetAsync(new Uri("/api/v2/stats/field/values?fields=NoSuchField", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NoSuchField", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v2/studies", paths);
        Assert.Contains("/api/v2/studies/{nctId}", paths);
        Assert.Contains("/api/v2/version", paths);
    }
}
