using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Trialdex.Tests;

namespace Trialdex.Web.Tests;

/// <summary><c>POST /api/prescreen</c> through the real HTTP pipeline over a real SQLite file with the bundled sample.</summary>
public sealed class PrescreenApiTests : IClassFixture<ApiFactory>
{
    private const string CirrhosisPatient = """
        { "version": 1, "age": { "value": 38, "unit": "years" }, "sex": "male",
          "conditions": [ { "text": "hepatitis B cirrhosis", "status": "active" } ] }
        """;

    private const string AdhesionNote = "34-year-old woman with moderate intrauterine adhesions after curettage, wishes to conceive. Platelets 45 x10^9/L.";

    private readonly ApiFactory _factory;

    public PrescreenApiTests(ApiFactory factory) => _factory = factory;

    internal static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(HttpClient client, string url, string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task A_patient_json_body_gets_the_ranked_trials_with_criteria_evidence_and_questions()
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen", CirrhosisPatient, "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PatientJson", body["input"]!.GetValue<string>());
        var trial = body["trials"]!.AsArray().Single()!;
        Assert.Equal("NCT05106972", trial["nctId"]!.GetValue<string>());
        Assert.Equal("PossiblyEligible", trial["verdict"]!.GetValue<string>());
        var age = trial["criteria"]!.AsArray().First(c => c!["text"]!.GetValue<string>() == "Minimum age: 20 Years")!;
        Assert.Equal("Met", age["verdict"]!.GetValue<string>());
        Assert.Equal("$.age", age["evidence"]![0]!["source"]!.GetValue<string>());
        Assert.Contains(body["questions"]!.AsArray(), q => q!["question"]!.GetValue<string>() == "Has the patient had liver transplantation?");
    }

    [Fact]
    public async Task A_fhir_bundle_body_is_read_as_fhir_and_screened_with_evidence_from_its_patient_resource()
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen", TestPatients.CirrhosisBundle(), "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("FhirBundle", body["input"]!.GetValue<string>());
        var trial = body["trials"]!.AsArray().Single()!;
        Assert.Equal("NCT05106972", trial["nctId"]!.GetValue<string>());
        var age = trial["criteria"]!.AsArray().First(c => c!["text"]!.GetValue<string>() == "Minimum age: 20 Years")!;
        Assert.Equal("Met", age["verdict"]!.GetValue<string>());
        Assert.Equal("Patient/p1", age["evidence"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fhir_observation_with_loinc_and_ucum_decides_the_platelet_exclusion()
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen?allStatuses=true", TestPatients.AdhesionBundle(), "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        var iua = body["trials"]!.AsArray().First(t => t!["nctId"]!.GetValue<string>() == "LOCAL-IUA-IPS-EXO")!;
        Assert.Equal("NotEligible", iua["verdict"]!.GetValue<string>());
        Assert.Equal("Thrombocytopenia (platelets <50×10⁹/L)", iua["deciding"]!.GetValue<string>());
        var platelets = iua["criteria"]!.AsArray().First(c => c!["rulesOut"]!.GetValue<bool>())!;
        Assert.Equal("Observation/o1", platelets["evidence"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plain_text_note_is_screened_and_the_deciding_exclusion_is_named()
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen?allStatuses=true", AdhesionNote, "text/plain");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Note", body["input"]!.GetValue<string>());
        var read = body["read"]!.AsArray().Select(f => $"{f!["kind"]}: {f["fact"]} @{f["source"]}").ToList();
        Assert.Contains("age: age 34 Years @note 0+11", read);
        Assert.Contains("sex: sex female @note 12+5", read);
        Assert.Contains(read, f => f.StartsWith("observation: platelet", StringComparison.Ordinal) && f.Contains("45", StringComparison.Ordinal));
        var iua = body["trials"]!.AsArray().First(t => t!["nctId"]!.GetValue<string>() == "LOCAL-IUA-IPS-EXO")!;
        Assert.Equal("NotEligible", iua["verdict"]!.GetValue<string>());
        Assert.Equal("Thrombocytopenia (platelets <50×10⁹/L)", iua["deciding"]!.GetValue<string>());
        var platelets = iua["criteria"]!.AsArray().First(c => c!["rulesOut"]!.GetValue<bool>())!;
        Assert.StartsWith("note ", platelets["evidence"]![0]!["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(platelets["span"]);
        var constraint = platelets["constraintSpan"]!;
        Assert.InRange(constraint["start"]!.GetValue<int>(), platelets["span"]!["start"]!.GetValue<int>(), int.MaxValue);
    }

    [Fact]
    public async Task All_open_counts_the_verdicts_over_every_open_trial_beside_the_same_ranked_trials()
    {
        var client = _factory.CreateClient();

        var (_, plain) = await PostAsync(client, "/api/prescreen", CirrhosisPatient, "application/json");
        var (status, body) = await PostAsync(client, "/api/prescreen?allOpen=true", CirrhosisPatient, "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        var counts = body["allOpen"]!;
        var screened = counts["screened"]!.GetValue<int>();
        Assert.True(screened >= 1, $"screened {screened}");
        Assert.Equal(screened, counts["likelyEligible"]!.GetValue<int>() + counts["possiblyEligible"]!.GetValue<int>() + counts["notEligible"]!.GetValue<int>());
        Assert.Null(plain["allOpen"]);
        Assert.Equal(plain["trials"]!.ToJsonString(), body["trials"]!.ToJsonString());
    }

    [Fact]
    public async Task All_open_with_all_statuses_is_a_bad_request()
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen?allOpen=true&allStatuses=true", AdhesionNote, "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("allOpen", body["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_json_object_with_only_a_note_is_read_as_a_note()
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen?allStatuses=true", "{\"note\": \"" + AdhesionNote + "\"}", "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Note", body["input"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"age\": ", "application/json")]
    [InlineData("   ", "text/plain")]
    public async Task Unreadable_input_is_a_400_problem_listing_the_reader_problems(string input, string mediaType)
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), "/api/prescreen", input, mediaType);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Unreadable patient", body["title"]!.GetValue<string>());
        Assert.NotEmpty(body["problems"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/prescreen?near=Nowhereville%20Zzyzx", "near")]
    [InlineData("/api/prescreen?near=Lyon&radius=far", "radius")]
    [InlineData("/api/prescreen?limit=0", "limit")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter)
    {
        var (status, body) = await PostAsync(_factory.CreateClient(), url, CirrhosisPatient, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, body["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_content_types_are_refused_with_a_415_problem()
    {
        var (status, _) = await PostAsync(_factory.CreateClient(), "/api/prescreen", "<xml/>", "application/xml");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Fact]
    public async Task No_fragment_of_the_patient_reaches_any_log_during_a_prescreen()
    {
        var logs = new CapturedLogs();
        using var factory = _factory.WithWebHostBuilder(web => web.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        const string Note = "Zorblax-Quintana is a 52-year-old man with cirrhosis from hepatitis B, platelets 41 x10^9/L, lives at 12 Wimbleton Crescent.";

        var (status, _) = await PostAsync(factory.CreateClient(), "/api/prescreen?allStatuses=true", Note, "text/plain");
        await PostAsync(factory.CreateClient(), "/api/prescreen", "{\"note\": \"" + Note + "\"}", "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(logs.Lines);
        var words = Note.Split(' ');
        foreach (var fragment in Enumerable.Range(0, words.Length - 2).Select(i => string.Join(' ', words.Skip(i).Take(3))).Append("Zorblax").Append("Wimbleton"))
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task No_fragment_of_the_patient_or_its_place_reaches_any_log_when_a_place_is_given_or_the_input_is_wrong()
    {
        var logs = new CapturedLogs();
        using var factory = _factory.WithWebHostBuilder(web => web.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var client = factory.CreateClient();
        const string Note = "Zorblax-Quintana is a 34-year-old woman with intrauterine adhesions after curettage, platelets 41 x10^9/L, lives at 12 Wimbleton Crescent.";
        const string Unreadable = """{ "age": "Zorblax-Quintana", "location": { "place": "12 Wimbleton Crescent, Quintanaville" }, "note": """;
        const string LocatedPatient = """{ "version": 1, "sex": "female", "conditions": [ { "text": "Zorblaxitis" } ], "location": { "place": "Quintanaville Wimbleton" } }""";

        var outcomes = new[]
        {
            await PostAsync(client, "/api/prescreen?near=Chongqing&radius=100km&allStatuses=true", Note, "text/plain"),
            await PostAsync(client, "/api/prescreen?near=Chongqing&radius=100km", Unreadable, "application/json"),
            await PostAsync(client, "/api/prescreen?near=Wimbleton%20Crescent%2C%20Quintanaville&radius=100km", Note, "text/plain"),
            await PostAsync(client, "/api/prescreen?near=Chongqing&radius=Zorblax", Note, "text/plain"),
            await PostAsync(client, "/api/prescreen?radius=100km", LocatedPatient, "application/json"),
            await PostAsync(client, "/api/prescreen?near=Chongqing", TestPatients.AdhesionBundle().Replace("intrauterine adhesions", "Zorblaxitis", StringComparison.Ordinal), "application/json"),
        };

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK],
            outcomes.Select(o => o.Status));
        Assert.NotEmpty(logs.Lines);
        var words = Note.Split(' ');
        var fragments = Enumerable.Range(0, words.Length - 2).Select(i => string.Join(' ', words.Skip(i).Take(3)))
            .Concat(["Zorblax", "Wimbleton", "Quintana", TestPatients.Street]);
        foreach (var fragment in fragments)
        {
            var leaked = logs.Lines.FirstOrDefault(line => line.Contains(fragment, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"'{fragment}' reached a log: {leaked}");
        }
    }
}
