using System.Text.Json;
using Trialdex.Core.Sample;

namespace Trialdex.Core.Tests.Sample;

public sealed class SampleStudiesTests
{
    [Fact]
    public void The_five_seed_trials_are_bundled_under_their_ids()
    {
        var names = SampleStudies.All.Select(s => s.Name);

        Assert.Equal(
            ["LOCAL-IUA-IPS-EXO", "LOCAL-MELASMA-EXOSOMES", "NCT03033277", "NCT03223454", "NCT05106972"],
            names);
    }

    [Fact]
    public void Every_sample_is_a_json_object_with_a_protocol_section_naming_its_own_id()
    {
        foreach (var sample in SampleStudies.All)
        {
            using var json = JsonDocument.Parse(sample.Utf8Json);

            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            var id = json.RootElement.GetProperty("protocolSection").GetProperty("identificationModule").GetProperty("nctId");
            Assert.Equal(sample.Name, id.GetString());
            Assert.False(json.RootElement.GetProperty("hasResults").GetBoolean());
        }
    }

    [Theory]
    [InlineData("LOCAL-MELASMA-EXOSOMES", "000")]
    [InlineData("NCT03223454", "001")]
    [InlineData("NCT05106972", "002")]
    [InlineData("NCT03033277", "003")]
    [InlineData("LOCAL-IUA-IPS-EXO", "004")]
    public void Every_sample_names_its_seed_page_and_local_ids_say_they_are_local(string id, string seed)
    {
        using var json = SampleJson.Open(id);

        var note = json.RootElement.GetProperty("trialdexSample");

        Assert.Equal(seed, note.GetProperty("seed").GetString());
        var isLocal = id.StartsWith("LOCAL-", StringComparison.Ordinal);
        Assert.Equal(isLocal, note.TryGetProperty("note", out var text));
        if (isLocal)
        {
            Assert.Contains("No NCT id on the seed page", text.GetString(), StringComparison.Ordinal);
        }
    }
}
