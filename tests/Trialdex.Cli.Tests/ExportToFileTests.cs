using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary><c>trialdex export --out PATH</c>: the studies go to the file, only a note to standard error, and the file imports back.</summary>
public sealed class ExportToFileTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    public async Task Export_out_writes_the_studies_to_the_file_and_nothing_of_them_to_standard_output_and_the_file_round_trips(string format)
    {
        // Given three imported studies, one with a section Trialdex does not type, and an older file where the export goes
        var studies = Enumerable.Range(1, 3).Select(i => TestStudies.Node(TestStudies.Id(i))).ToList();
        studies[1]["resultsSection"] = new JsonObject { ["futureField"] = new JsonArray(1, "two", null) };
        await _cli.RunAsync("import", _cli.Directory.Write("in.json", new JsonArray([.. studies.Select(s => (JsonNode)s)]).ToJsonString()));
        var outFile = _cli.Directory.Write("out/studies." + format, new string('x', 100_000));

        // When they are exported to it, by a path relative to the working directory
        var result = await _cli.RunAsync("export", "--format", format, "--out", "out/studies." + format);

        // Then the file holds exactly the imported values, standard output nothing, standard error a note
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("exported 3 studies to out/studies." + format, result.Error.Trim());
        var values = Read(File.ReadAllText(outFile), format);
        Assert.Equal(3, values.Count);
        Assert.All(studies.Zip(values), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second), pair.Second?.ToJsonString()));

        // And imported into another database, the file gives the same studies back
        var other = _cli.Directory.File("other.db");
        var reimport = await _cli.RunAsync("import", outFile, "--db", other);
        Assert.Equal("imported 3, updated 0, unchanged 0, rejected 0", reimport.SummaryLine);
        var again = Read((await _cli.RunAsync("export", "--format", format, "--db", other)).Output, format);
        Assert.Equal(3, again.Count);
        Assert.All(studies.Zip(again), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second)));
    }

    private static List<JsonNode?> Read(string text, string format) =>
        format == "json"
            ? [.. JsonNode.Parse(text)!.AsArray()]
            : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l))];
}
