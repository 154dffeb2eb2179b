using System.IO.Compression;
using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests.Integration;

/// <summary>The real ClinicalTrials.gov records in ../shared/data through the real command line into a real SQLite file.</summary>
public sealed class RealDataImportTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [SharedDataFact]
    public async Task Every_real_record_is_imported_or_rejected_with_a_reason_and_a_second_import_changes_nothing()
    {
        var zip = SharedData.Path("ctgov", "AllPublicXML-sample.zip");
        string[] inputs = [zip, SharedData.Path("ctgov", "v2-exports"), SharedData.Path("ctgov", "v2-single")];
        var records = XmlEntries(zip) + ArrayLengths(SharedData.Path("ctgov", "v2-exports")) + Directory.GetFiles(SharedData.Path("ctgov", "v2-single"), "*.json").Length;
        var report = _cli.Directory.File("rejects.jsonl");

        var first = await _cli.RunAsync(["import", .. inputs, "--rejects", report]);

        Assert.Equal(0, first.ExitCode);
        var counts = Counts(first.SummaryLine);
        Assert.Equal(records, counts.Imported + counts.Updated + counts.Unchanged + counts.Rejected);
        var rejects = File.Exists(report) ? File.ReadAllLines(report).Select(l => JsonNode.Parse(l)!).ToList() : [];
        Assert.Equal(counts.Rejected, rejects.Count);
        Assert.All(rejects, r =>
        {
            // Each reject names an input file that exists, where in it, and why
            var source = r["source"]!.GetValue<string>();
            Assert.True(File.Exists(source.Split('!')[0]), $"the reject's source {source} is not an input file");
            Assert.NotNull(r["position"]);
            Assert.False(string.IsNullOrWhiteSpace(r["reason"]!.GetValue<string>()));
        });
        Assert.All(
            rejects.Where(r => r["source"]!.GetValue<string>().Contains("v2-single", StringComparison.Ordinal)),
            r => Assert.StartsWith("retired classic-API FullStudiesResponse format is not imported", r["reason"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.True(counts.Imported > 7_000, first.SummaryLine);
        var stats = JsonNode.Parse((await _cli.RunAsync("stats", "--json")).Output)!;
        Assert.Equal(counts.Imported, stats["studies"]!.GetValue<long>());
        Assert.True(stats["bySource"]!["legacy-xml"]!.GetValue<long>() > 6_800);

        var second = await _cli.RunAsync(["import", .. inputs, "--rejects", _cli.Directory.File("rejects2.jsonl")]);
        Assert.Equal($"imported 0, updated 0, unchanged {counts.Imported + counts.Updated + counts.Unchanged}, rejected {counts.Rejected}", second.SummaryLine);
    }

    public static TheoryData<string> V2Files()
    {
        var data = new TheoryData<string>();
        if (SharedData.Root is null)
        {
            data.Add("(shared data absent)");
            return data;
        }

        foreach (var file in Directory.GetFiles(SharedData.Path("ctgov", "v2-exports"), "*.json").Concat(Directory.GetFiles(SharedData.Path("ctgov", "v2-single"), "*.json")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SharedData.Root, file));
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(V2Files))]
    public async Task Importing_then_exporting_a_real_v2_file_gives_back_the_same_json_values(string relativePath)
    {
        var file = Path.Combine(SharedData.Root!, relativePath);
        var input = JsonNode.Parse(File.ReadAllText(file))!;
        if (input is JsonObject { } single && single.ContainsKey("FullStudiesResponse"))
        {
            var rejected = await _cli.RunAsync("import", file);
            Assert.Equal("imported 0, updated 0, unchanged 0, rejected 1", rejected.SummaryLine);
            return;
        }

        var studies = input is JsonArray array ? array.Select(s => s!).ToList() : [input];
        await _cli.RunAsync("import", file);
        var exported = JsonNode.Parse((await _cli.RunAsync("export")).Output)!.AsArray()
            .ToDictionary(s => s!["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>(), s => s!);
        var expected = studies.GroupBy(s => s["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>()).ToList();
        Assert.Equal(expected.Count, exported.Count);
        Assert.All(expected, group => Assert.Contains(group, s => JsonNode.DeepEquals(s, exported[group.Key])));
    }

    private static (long Imported, long Updated, long Unchanged, long Rejected) Counts(string summary)
    {
        var numbers = summary.Split(',').Select(part => long.Parse(part.Trim().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    private static int XmlEntries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Count(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal));
    }

    private static int ArrayLengths(string directory) =>
        Directory.GetFiles(directory, "*.json").Sum(f => JsonNode.Parse(File.ReadAllText(f))!.AsArray().Count);
}
