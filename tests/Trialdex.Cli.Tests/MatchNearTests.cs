using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>
/// <c>trialdex match</c> within a radius: of <c>--near</c>, or of the patient's own location when only
/// <c>--radius</c> is given. The store holds the bundled sample (no sites) and one hepatitis B cirrhosis trial with a site in Chongqing.
/// </summary>
public sealed class MatchNearTests : IDisposable
{
    private static readonly string ChongqingTrial = TestStudies.Id(1);

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Loads the sample (a first match on a fresh store does) and imports the trial with a site in Chongqing.</summary>
    private async Task<string> StoreWithChongqingTrialAsync(string patient)
    {
        var file = _cli.Directory.Write("patient.json", patient);
        Assert.Equal(0, (await _cli.RunAsync("match", file)).ExitCode);
        var study = TestStudies.Node(ChongqingTrial);
        study["protocolSection"]!["conditionsModule"]!["conditions"] = new JsonArray("Hepatitis B Cirrhosis");
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.Directory.Write("chongqing.json", study.ToJsonString()))).ExitCode);
        return file;
    }

    [Fact]
    public async Task A_near_place_keeps_the_trials_with_a_site_within_the_radius_and_a_far_place_drops_them()
    {
        var file = await StoreWithChongqingTrialAsync(TestPatients.CirrhosisJson());

        var everywhere = await _cli.RunAsync("match", file);
        var near = await _cli.RunAsync("match", file, "--near", "Chongqing", "--radius", "100km");
        var far = await _cli.RunAsync("match", file, "--near", "Paris, France", "--radius", "100km");

        Assert.Contains(ChongqingTrial, everywhere.Output, StringComparison.Ordinal);
        Assert.Contains("NCT05106972", everywhere.Output, StringComparison.Ordinal);
        Assert.Equal(0, near.ExitCode);
        Assert.Contains("near: Chongqing", near.Error, StringComparison.Ordinal);
        Assert.Contains("1. " + ChongqingTrial + "  likely eligible", near.Output, StringComparison.Ordinal);
        Assert.Contains("nearest site: Test Hospital, Chongqing, China", near.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NCT05106972", near.Output, StringComparison.Ordinal); // no sites at all
        Assert.Equal(0, far.ExitCode);
        Assert.DoesNotContain(ChongqingTrial, far.Output, StringComparison.Ordinal);
        Assert.Contains("no candidate trials", far.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "place": "Chongqing, China" }""", null, true)]
    [InlineData("""{ "latitude": 29.56, "longitude": 106.55 }""", null, true)]
    [InlineData("""{ "place": "Paris, France" }""", null, false)]
    [InlineData("""{ "place": "Paris, France" }""", "Chongqing", true)]          // an explicit --near wins
    [InlineData("""{ "place": "Chongqing, China" }""", "Paris, France", false)]
    public async Task A_radius_without_near_is_around_the_patients_own_location(string location, string? near, bool keepsChongqing)
    {
        var file = await StoreWithChongqingTrialAsync(TestPatients.CirrhosisJson(location));
        string[] place = near is null ? [] : ["--near", near];

        var result = await _cli.RunAsync(["match", file, .. place, "--radius", "100km"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(keepsChongqing, result.Output.Contains(ChongqingTrial, StringComparison.Ordinal));
        Assert.DoesNotContain("NCT05106972", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_patients_location_is_used_without_being_echoed()
    {
        var file = await StoreWithChongqingTrialAsync(TestPatients.CirrhosisJson("""{ "place": "Chongqing, China" }"""));

        var result = await _cli.RunAsync("match", file, "--radius", "100km");

        Assert.Contains("near: the patient's location", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Chongqing", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_patients_location_without_a_radius_does_not_narrow_the_search()
    {
        var file = await StoreWithChongqingTrialAsync(TestPatients.CirrhosisJson("""{ "place": "Paris, France" }"""));

        var result = await _cli.RunAsync("match", file);

        Assert.Contains(ChongqingTrial, result.Output, StringComparison.Ordinal);
        Assert.Contains("NCT05106972", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "needs a place")]
    [InlineData("""{ "place": "Zorblaxville Quintana" }""", "not a place this build knows")]
    public async Task A_radius_with_no_place_to_measure_from_is_a_bad_argument_that_does_not_quote_the_patient(string? location, string message)
    {
        var file = _cli.Directory.Write("patient.json", TestPatients.CirrhosisJson(location));

        var result = await _cli.RunAsync("match", file, "--radius", "100km");

        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains("--radius", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorblax", result.Error + result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_fhir_bundles_patient_address_is_the_place_for_a_radius()
    {
        await StoreWithChongqingTrialAsync(TestPatients.CirrhosisJson());
        var chongqing = _cli.Directory.Write("chongqing-bundle.json", TestPatients.CirrhosisBundle());
        var paris = _cli.Directory.Write("paris-bundle.json", TestPatients.CirrhosisBundle("Paris", "France"));

        var near = await _cli.RunAsync("match", chongqing, "--radius", "100km");
        var far = await _cli.RunAsync("match", paris, "--radius", "100km");

        Assert.Contains("read as a FHIR bundle", near.Output, StringComparison.Ordinal);
        Assert.Contains(ChongqingTrial, near.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ChongqingTrial, far.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPatients.Street, near.Error + near.Output, StringComparison.OrdinalIgnoreCase);
    }
}
