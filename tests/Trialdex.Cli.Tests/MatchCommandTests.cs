using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary><c>trialdex match</c> over a real SQLite file holding the bundled sample trials.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private const string CirrhosisPatient = """
        { "version": 1, "age": { "value": 38, "unit": "years" }, "sex": "male",
          "conditions": [ { "text": "hepatitis B cirrhosis", "status": "active" } ],
          "pregnancy": { "pregnant": "no", "lactating": "no" } }
        """;

    private const string AdhesionNote = "34-year-old woman with moderate intrauterine adhesions after curettage, wishes to conceive. Platelets 45 x10^9/L.";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_patient_json_file_lists_the_recruiting_cirrhosis_trial_with_reasons_then_the_questions()
    {
        var file = _cli.Directory.Write("patient.json", CirrhosisPatient);

        var result = await _cli.RunAsync("match", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read as patient JSON", result.Output, StringComparison.Ordinal);
        Assert.Contains("1. NCT05106972  possibly eligible", result.Output, StringComparison.Ordinal);
        Assert.Contains("✓ Maximum age: 60 Years — age 38 Years is at most 60 Years", result.Output, StringComparison.Ordinal);
        Assert.Contains("What we still need to know:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Has the patient had liver transplantation?", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fhir_bundle_file_is_read_as_fhir_and_screened_with_evidence_from_its_patient_resource()
    {
        var file = _cli.Directory.Write("bundle.json", TestPatients.CirrhosisBundle());

        var text = await _cli.RunAsync("match", file);
        var json = JsonNode.Parse((await _cli.RunAsync("match", file, "--json")).Output)!;

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("read as a FHIR bundle", text.Output, StringComparison.Ordinal);
        Assert.Contains("1. NCT05106972  possibly eligible", text.Output, StringComparison.Ordinal);
        Assert.Equal("FhirBundle", json["input"]!.GetValue<string>());
        var criteria = json["trials"]!.AsArray().Single(t => t!["nctId"]!.GetValue<string>() == "NCT05106972")!["criteria"]!.AsArray();
        var age = criteria.First(c => c!["text"]!.GetValue<string>() == "Minimum age: 20 Years")!;
        Assert.Equal("Met", age["verdict"]!.GetValue<string>());
        Assert.Equal("Patient/p1", age["evidence"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fhir_observation_with_loinc_and_ucum_decides_the_platelet_exclusion()
    {
        var file = _cli.Directory.Write("bundle.json", TestPatients.AdhesionBundle());

        var result = await _cli.RunAsync("match", file, "--all-statuses", "--json");

        Assert.Equal(0, result.ExitCode);
        var iua = JsonNode.Parse(result.Output)!["trials"]!.AsArray().Single(t => t!["nctId"]!.GetValue<string>() == "LOCAL-IUA-IPS-EXO")!;
        Assert.Equal("NotEligible", iua["verdict"]!.GetValue<string>());
        Assert.Equal("Thrombocytopenia (platelets <50×10⁹/L)", iua["deciding"]!.GetValue<string>());
        var platelets = iua["criteria"]!.AsArray().Single(c => c!["text"]!.GetValue<string>() == "Thrombocytopenia (platelets <50×10⁹/L)")!;
        Assert.Equal("Met", platelets["verdict"]!.GetValue<string>());
        Assert.Equal("Observation/o1", platelets["evidence"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_note_is_read_as_a_note_and_the_platelet_exclusion_names_the_deciding_criterion()
    {
        var file = _cli.Directory.Write("note.txt", AdhesionNote);

        var result = await _cli.RunAsync("match", file, "--all-statuses");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read as a clinical note", result.Output, StringComparison.Ordinal);
        Assert.Contains("what was read", result.Output, StringComparison.Ordinal);
        Assert.Contains("   age 34 Years  [note 0+11]", result.Output, StringComparison.Ordinal);
        Assert.Contains("   sex female  [note 12+5]", result.Output, StringComparison.Ordinal);
        Assert.Contains("LOCAL-IUA-IPS-EXO  not eligible", result.Output, StringComparison.Ordinal);
        Assert.Contains("✗ exclusion: Thrombocytopenia (platelets <50×10⁹/L)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_gives_each_trial_its_verdict_criteria_and_evidence_and_the_questions()
    {
        var file = _cli.Directory.Write("patient.json", CirrhosisPatient);

        var result = await _cli.RunAsync("match", file, "--json", "--limit", "1");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal("PatientJson", json["input"]!.GetValue<string>());
        var trial = json["trials"]!.AsArray().Single()!;
        Assert.Equal("NCT05106972", trial["nctId"]!.GetValue<string>());
        Assert.Equal("PossiblyEligible", trial["verdict"]!.GetValue<string>());
        var age = trial["criteria"]!.AsArray().First(c => c!["text"]!.GetValue<string>() == "Minimum age: 20 Years")!;
        Assert.Equal("$.age", age["evidence"]![0]!["source"]!.GetValue<string>());
        Assert.NotEmpty(json["questions"]!.AsArray());
        var read = json["read"]!.AsArray();
        Assert.Contains(read, f => f!["kind"]!.GetValue<string>() == "age" && f["source"]!.GetValue<string>() == "$.age");
        Assert.Contains(read, f => f!["kind"]!.GetValue<string>() == "condition" && f["fact"]!.GetValue<string>().StartsWith("has ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task All_open_counts_the_verdicts_over_every_open_trial_and_lists_the_trials_the_default_match_lists()
    {
        var file = _cli.Directory.Write("patient.json", CirrhosisPatient);

        var plain = await _cli.RunAsync("match", file, "--json");
        var all = await _cli.RunAsync("match", file, "--json", "--all-open");

        Assert.Equal(0, all.ExitCode);
        var json = JsonNode.Parse(all.Output)!;
        var counts = json["allOpen"]!;
        var screened = counts["screened"]!.GetValue<int>();
        Assert.True(screened >= 1, $"screened {screened}");
        Assert.Equal(screened, counts["likelyEligible"]!.GetValue<int>() + counts["possiblyEligible"]!.GetValue<int>() + counts["notEligible"]!.GetValue<int>());
        Assert.Null(JsonNode.Parse(plain.Output)!["allOpen"]);
        Assert.Equal(JsonNode.Parse(plain.Output)!["trials"]!.ToJsonString(), json["trials"]!.ToJsonString());
        Assert.Equal(JsonNode.Parse(plain.Output)!["questions"]!.ToJsonString(), json["questions"]!.ToJsonString());
    }

    [Fact]
    public async Task All_open_says_how_many_open_trials_came_out_each_way()
    {
        var file = _cli.Directory.Write("note.txt", AdhesionNote);

        var result = await _cli.RunAsync("match", file, "--all-open");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"all \d+ open trials screened: \d+ likely eligible, \d+ possibly eligible, \d+ not eligible", result.Output);
    }

    [Fact]
    public async Task All_open_with_all_statuses_is_a_bad_argument()
    {
        var file = _cli.Directory.Write("note.txt", AdhesionNote);

        var result = await _cli.RunAsync("match", file, "--all-open", "--all-statuses");

        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains("--all-open", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_that_is_not_a_patient_exits_with_bad_arguments_without_quoting_it()
    {
        var file = _cli.Directory.Write("broken.json", "{ \"age\": secret-value-7731 ");

        var result = await _cli.RunAsync("match", file);

        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains("not a patient", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value-7731", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_place_is_a_bad_argument()
    {
        var file = _cli.Directory.Write("patient.json", CirrhosisPatient);

        var result = await _cli.RunAsync("match", file, "--near", "Nowhereville Zzyzx");

        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains("--near", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_the_patient_note_reaches_the_diagnostic_output()
    {
        var file = _cli.Directory.Write("note.txt", AdhesionNote);

        var result = await _cli.RunAsync("match", file, "--all-statuses");

        Assert.Equal(0, result.ExitCode);
        foreach (var fragment in PatientFragments(AdhesionNote))
        {
            Assert.DoesNotContain(fragment, result.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Every run of four words of the text, so that any quoted stretch is caught.</summary>
    internal static IEnumerable<string> PatientFragments(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(1, words.Length - 3)).Select(i => string.Join(' ', words.Skip(i).Take(4)));
    }
}
