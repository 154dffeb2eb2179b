using System.IO.Compression;
using System.Text.Json.Nodes;
using Trialdex.Core.Import.Xml;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class LegacyXmlRealDataTests(ITestOutputHelper output)
{
    /// <summary>Records of the sample that may fail to map; none do today.</summary>
    private const int DocumentedFailures = 0;

    private const string BothFormatsId = "NCT00000410";

    [SharedDataFact]
    public void Every_record_of_the_legacy_sample_zip_maps_to_a_v2_study_with_only_v2_enum_values()
    {
        var failures = new List<string>();
        var records = 0;

        foreach (var (name, bytes) in SampleRecords())
        {
            records++;
            try
            {
                var study = LegacyXmlMapper.Map(new MemoryStream(bytes, writable: false));
                failures.AddRange(V2Vocabulary.Violations(study).Select(v => $"{name}: not an API v2 value: {v}"));
            }
            catch (LegacyXmlException e)
            {
                failures.Add($"{name}: {e.Message}");
            }
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.Equal(6917, records);
        Assert.True(failures.Count <= DocumentedFailures, string.Join('\n', failures.Take(50)));
    }

    [SharedDataFact]
    public void Every_record_of_the_legacy_sample_zip_takes_the_fast_path_to_the_tree_xml_reader_builds()
    {
        var failures = new List<string>();
        var records = 0;

        foreach (var (name, bytes) in SampleRecords())
        {
            records++;
            var tree = Utf8RecordLoader.TryLoad(bytes);
            var difference = tree is null ? "the fast loader gave up" : RecordTrees.FirstDifference(RecordTrees.Reference(bytes), tree);
            if (difference is not null)
            {
                failures.Add($"{name}: {difference}");
            }
        }

        output.WriteLine($"{records - failures.Count} of {records} records took the fast path to the same tree");
        Assert.Equal(6917, records);
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(50)));
    }

    /// <summary>
    /// NCT00000410 is in both the XML sample and a v2 export: everything the XML carries must map to what API v2
    /// serves. Left out of the comparison is only what the XML lacks: coordinates, MeSH ids and trees, secondary
    /// id types, PubMed-derived references, and the data version (the two files were fetched years apart).
    /// </summary>
    [SharedDataFact]
    public void A_record_in_both_formats_maps_to_what_api_v2_serves_for_it()
    {
        using var zip = ZipFile.OpenRead(SharedData.Path("ctgov", "AllPublicXML-sample.zip"));
        using var xml = zip.GetEntry($"NCT0000xxxx/{BothFormatsId}.xml")!.Open();
        var mapped = LegacyXmlMapper.Map(xml);
        var served = JsonNode.Parse(File.ReadAllText(SharedData.Path("ctgov", "v2-exports", "ctg-studies-herniated-disc.json")))!
            .AsArray()
            .Single(s => (string?)s!["protocolSection"]!["identificationModule"]!["nctId"] == BothFormatsId)!;

        var expected = WithoutWhatXmlLacks(served.DeepClone());
        expected["derivedSection"]!["miscInfoModule"]!["versionHolder"] = mapped["derivedSection"]!["miscInfoModule"]!["versionHolder"]!.DeepClone();

        var differences = JsonDiff.All(expected, mapped).ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    /// <summary>Each record of the legacy sample zip, by its name in the zip.</summary>
    private static IEnumerable<(string Name, byte[] Bytes)> SampleRecords()
    {
        using var zip = ZipFile.OpenRead(SharedData.Path("ctgov", "AllPublicXML-sample.zip"));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            var bytes = new byte[entry.Length];
            using (var stream = entry.Open())
            {
                stream.ReadExactly(bytes);
            }

            yield return (entry.FullName, bytes);
        }
    }

    private static JsonNode WithoutWhatXmlLacks(JsonNode study)
    {
        var protocol = study["protocolSection"]!;
        foreach (var location in protocol["contactsLocationsModule"]!["locations"]!.AsArray())
        {
            location!.AsObject().Remove("geoPoint");
        }

        foreach (var id in protocol["identificationModule"]!["secondaryIdInfos"]!.AsArray())
        {
            id!.AsObject().Remove("type");
            id.AsObject().Remove("link");
            id.AsObject().Remove("domain");
        }

        var references = protocol["referencesModule"]!["references"]!.AsArray();
        foreach (var derived in references.Where(r => (string?)r!["type"] == "DERIVED").ToList())
        {
            references.Remove(derived);
        }

        var section = study["derivedSection"]!.AsObject();
        foreach (var browse in new[] { "conditionBrowseModule", "interventionBrowseModule" }.Select(m => section[m]?.AsObject()).OfType<JsonObject>())
        {
            browse.Remove("ancestors");
            browse.Remove("browseLeaves");
            browse.Remove("browseBranches");
            foreach (var mesh in browse["meshes"]?.AsArray() ?? [])
            {
                mesh!.AsObject().Remove("id");
            }
        }

        return study;
    }
}
