using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Tests;

namespace Trialdex.Web.Tests;

/// <summary>
/// <c>POST /api/prescreen</c> within a radius: of <c>near</c>, or of the patient's own location when only
/// <c>radius</c> is given. The store holds the bundled sample (no sites) and one hepatitis B cirrhosis trial with a site in Chongqing.
/// </summary>
public sealed class PrescreenNearApiTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static readonly string ChongqingTrial = TestStudies.Id(1);

    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        var study = TestStudies.Node(ChongqingTrial);
        study["protocolSection"]!["conditionsModule"]!["conditions"] = new JsonArray("Hepatitis B Cirrhosis");
        var json = Encoding.UTF8.GetBytes(study.ToJsonString());
        await new StudyImporter(factory.Store).ImportAsync([new RawRecord("test", ChongqingTrial, SourceFormat.ApiV2Json, json)], new ImportProgress(), null, null, default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IReadOnlyList<string>> TrialsAsync(string url, string patient)
    {
        var (status, body) = await PrescreenApiTests.PostAsync(_client, url, patient, "application/json");
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body["trials"]!.AsArray().Select(t => t!["nctId"]!.GetValue<string>())];
    }

    [Fact]
    public async Task A_near_place_keeps_the_trials_with_a_site_within_the_radius_and_a_far_place_drops_them()
    {
        var patient = TestPatients.CirrhosisJson();

        Assert.Equal(["NCT05106972", ChongqingTrial], (await TrialsAsync("/api/prescreen", patient)).Order(StringComparer.Ordinal));
        var (_, near) = await PrescreenApiTests.PostAsync(_client, "/api/prescreen?near=Chongqing&radius=100km", patient, "application/json");
        var trial = Assert.Single(near["trials"]!.AsArray())!;
        Assert.Equal(ChongqingTrial, trial["nctId"]!.GetValue<string>());
        Assert.InRange(trial["nearestSiteKm"]!.GetValue<double>(), 0, 100);
        Assert.Empty(await TrialsAsync("/api/prescreen?near=Paris%2C%20France&radius=100km", patient));
    }

    [Theory]
    [InlineData("""{ "place": "Chongqing, China" }""", "", true)]
    [InlineData("""{ "latitude": 29.56, "longitude": 106.55 }""", "", true)]
    [InlineData("""{ "place": "Paris, France" }""", "", false)]
    [InlineData("""{ "place": "Paris, France" }""", "&near=Chongqing", true)]          // an explicit near wins
    [InlineData("""{ "place": "Chongqing, China" }""", "&near=Paris%2C%20France", false)]
    public async Task A_radius_without_near_is_around_the_patients_own_location(string location, string near, bool keepsChongqing)
    {
        string[] expected = keepsChongqing ? [ChongqingTrial] : [];

        var trials = await TrialsAsync("/api/prescreen?radius=100km" + near, TestPatients.CirrhosisJson(location));

        Assert.Equal(expected, trials);
    }

    [Fact]
    public async Task A_patients_location_without_a_radius_does_not_narrow_the_search()
    {
        var trials = await TrialsAsync("/api/prescreen", TestPatients.CirrhosisJson("""{ "place": "Paris, France" }"""));

        Assert.Equal(["NCT05106972", ChongqingTrial], trials.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_fhir_bundles_patient_address_is_the_place_for_a_radius()
    {
        Assert.Equal([ChongqingTrial], await TrialsAsync("/api/prescreen?radius=100km", TestPatients.CirrhosisBundle()));
        Assert.Empty(await TrialsAsync("/api/prescreen?radius=100km", TestPatients.CirrhosisBundle("Paris", "France")));
    }

    [Theory]
    [InlineData(null, "radius=100km", "near", "needs a place")]
    [InlineData("""{ "place": "Zorblaxville Quintana" }""", "radius=100km", "near", "not a place this build knows")]
    [InlineData("""{ "place": "Chongqing, China" }""", "radius=far", "radius", "must be a distance")]
    public async Task A_radius_with_no_place_to_measure_from_is_a_400_problem_that_does_not_quote_the_patient(string? location, string query, string parameter, string message)
    {
        var (status, body) = await PrescreenApiTests.PostAsync(_client, "/api/prescreen?" + query, TestPatients.CirrhosisJson(location), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, body["parameter"]!.GetValue<string>());
        Assert.Contains(message, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zorblax", body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }
}
