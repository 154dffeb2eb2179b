using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Import;

/// <summary>Bad input through the whole pipeline into a real SQLite file: each case has its documented outcome and loses nothing valid.</summary>
public sealed class ImportRobustnessTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<RecordReject> _rejects = [];
    private SqliteStudyStore _store = null!;

    public async Task InitializeAsync() => _store = await SqliteStudyStore.OpenAsync(_directory.File("trialdex.db"), default);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private async Task<ImportSummary> ImportAsync(params string[] paths)
    {
        var progress = new ImportProgress();
        return await new StudyImporter(_store, batchSize: 3).ImportAsync(SourceWalker.Enumerate(paths, progress), progress, _rejects.Add, null, default);
    }

    private async Task<string?> TitleAsync(string nctId) =>
        (await _store.FindAsync(nctId, default)) is { } s
            ? JsonNode.Parse(s.Json.Span)!["protocolSection"]!["identificationModule"]!["briefTitle"]!.GetValue<string>()
            : null;

    private static string Array(params string[] studies) => "[" + string.Join(",\n", studies) + "]";

    [Fact]
    public async Task Truncated_json_keeps_every_complete_study_before_the_cut()
    {
        var json = Array(TestStudies.Json(TestStudies.Id(1)), TestStudies.Json(TestStudies.Id(2)), TestStudies.Json(TestStudies.Id(3)));
        var summary = await ImportAsync(_directory.Write("cut.json", json[..^30]));
        Assert.Equal("imported 2, updated 0, unchanged 0, rejected 1", summary.ToString());
        Assert.Contains("truncated JSON", Assert.Single(_rejects).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public async Task Truncated_zip_imports_every_complete_entry_before_the_cut_and_rejects_the_cut_one_by_name(int cutEntry)
    {
        // Given ctg-studies.json.zip of six studies, cut off halfway through the data of entry number cutEntry
        var whole = TestZips.Stored(Enumerable.Range(1, 6).Select(i => ($"{TestStudies.Id(i)}.json", TestStudies.Utf8(TestStudies.Id(i)))));
        var entry = TestZips.LocalEntries(whole)[cutEntry - 1];
        var path = _directory.Write("ctg-studies.json.zip", whole[..(entry.Data + (entry.Length / 2))]);

        // When it is imported
        var summary = await ImportAsync(path);

        // Then exactly the studies before the cut are stored, and the cut entry is the one reject
        Assert.Equal($"imported {cutEntry - 1}, updated 0, unchanged 0, rejected 1", summary.ToString());
        var stored = new List<string>();
        foreach (var id in Enumerable.Range(1, 6).Select(TestStudies.Id))
        {
            if (await _store.FindAsync(id, default) is not null)
            {
                stored.Add(id);
            }
        }

        Assert.Equal(Enumerable.Range(1, cutEntry - 1).Select(TestStudies.Id), stored);
        Assert.Equal(cutEntry - 1, (await _store.GetStatisticsAsync(default)).Studies);
        var reject = Assert.Single(_rejects);
        Assert.Equal($"{path}!{TestStudies.Id(cutEntry)}.json", reject.SourceFile);
        Assert.StartsWith("truncated zip entry", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enum_value_not_in_the_api_list_rejects_that_study_only_and_names_the_field()
    {
        var bad = TestStudies.Node(TestStudies.Id(2));
        bad["protocolSection"]!["statusModule"]!["overallStatus"] = "ALMOST_DONE";
        var summary = await ImportAsync(_directory.Write("x.json", Array(TestStudies.Json(TestStudies.Id(1)), bad.ToJsonString(), TestStudies.Json(TestStudies.Id(3)))));
        Assert.Equal("imported 2, updated 0, unchanged 0, rejected 1", summary.ToString());
        var reject = Assert.Single(_rejects);
        Assert.Contains("ALMOST_DONE", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("overallStatus", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("element [1]", reject.Position, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "missing NCT id")]
    [InlineData("NCT123", "malformed NCT id 'NCT123'")]
    [InlineData("12345678", "malformed NCT id")]
    public async Task A_missing_or_malformed_nct_id_is_rejected_with_the_reason(string? id, string reason)
    {
        var node = TestStudies.Node("NCT00000000");
        node["protocolSection"]!["identificationModule"]!["nctId"] = id;
        await ImportAsync(_directory.Write("x.json", node.ToJsonString()));
        Assert.StartsWith(reason, Assert.Single(_rejects).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_ids_across_files_are_stored_once()
    {
        var summary = await ImportAsync(_directory.Write("a/one.json", TestStudies.Json(TestStudies.Id(1))), _directory.Write("b/two.json", TestStudies.Json(TestStudies.Id(1))));
        Assert.Equal("imported 1, updated 0, unchanged 1, rejected 0", summary.ToString());
        Assert.Equal(1, (await _store.GetStatisticsAsync(default)).Studies);
    }

    [Fact]
    public async Task An_older_record_after_a_newer_one_never_overwrites_it()
    {
        var newer = TestStudies.Node(TestStudies.Id(1), "2025-06-01", title: "newer");
        var older = TestStudies.Node(TestStudies.Id(1), "2019-06-01", title: "older");
        var summary = await ImportAsync(_directory.Write("x.json", Array(newer.ToJsonString(), older.ToJsonString())));
        Assert.Equal("imported 1, updated 0, unchanged 1, rejected 0", summary.ToString());
        Assert.Equal("newer", await TitleAsync(TestStudies.Id(1)));
    }

    [Fact]
    public async Task Non_utf8_bytes_reject_that_study_and_keep_its_neighbours()
    {
        var bad = Encoding.UTF8.GetBytes(TestStudies.Json(TestStudies.Id(2), title: "Cafe study"));
        bad[Encoding.UTF8.GetString(bad).IndexOf("Cafe", StringComparison.Ordinal) + 3] = 0xFF;
        var bytes = Encoding.UTF8.GetBytes("[" + TestStudies.Json(TestStudies.Id(1)) + ",").Concat(bad).Concat(Encoding.UTF8.GetBytes("," + TestStudies.Json(TestStudies.Id(3)) + "]")).ToArray();
        var summary = await ImportAsync(_directory.Write("x.json", bytes));
        Assert.Equal(2, summary.Imported);
        Assert.Contains("UTF-8", Assert.Single(_rejects).Reason, StringComparison.Ordinal);
    }

    /// <summary>A legacy record as ClinicalTrials.gov wrote them: declared UTF-8, textblocks indented, bullets "-  ".</summary>
    private static string LegacyXml(int n, string title = "A Test Study of Stem Cells for Liver Cirrhosis", string criteria = "\n        Inclusion Criteria:\n\n          -  Age 18 to 65\n      ") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <clinical_study>
          <id_info>
            <nct_id>{TestStudies.Id(n)}</nct_id>
          </id_info>
          <brief_title>{title}</brief_title>
          <overall_status>Recruiting</overall_status>
          <last_update_posted type="Actual">January 15, 2024</last_update_posted>
          <study_type>Interventional</study_type>
          <eligibility>
            <criteria>
              <textblock>{criteria}</textblock>
            </criteria>
            <gender>All</gender>
            <minimum_age>18 Years</minimum_age>
          </eligibility>
        </clinical_study>
        """;

    /// <summary>The legacy record of study <paramref name="n"/> with one byte of "Caf\u00e9" in its title replaced by 0xFF, which UTF-8 never uses.</summary>
    private static byte[] NonUtf8LegacyXml(int n)
    {
        var bytes = Encoding.UTF8.GetBytes(LegacyXml(n, title: "Cafe study"));
        bytes[Encoding.UTF8.GetString(bytes).IndexOf("Cafe", StringComparison.Ordinal) + 3] = 0xFF;
        return bytes;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Non_utf8_bytes_in_legacy_xml_reject_that_record_naming_it_and_where_and_keep_its_neighbours(bool zipped)
    {
        // Given a record holding a byte that is not UTF-8 between two good ones, in AllPublicXML.zip or a directory
        (string Name, byte[] Content)[] records =
        [
            ($"NCT1000xxxx/{TestStudies.Id(1)}.xml", Encoding.UTF8.GetBytes(LegacyXml(1))),
            ($"NCT1000xxxx/{TestStudies.Id(2)}.xml", NonUtf8LegacyXml(2)),
            ($"NCT1000xxxx/{TestStudies.Id(3)}.xml", Encoding.UTF8.GetBytes(LegacyXml(3))),
        ];
        var input = zipped ? _directory.Write("AllPublicXML.zip", TestZips.Stored(records)) : _directory.File("xml");
        if (!zipped)
        {
            foreach (var (name, content) in records)
            {
                _directory.Write("xml/" + name, content);
            }
        }

        // When it is imported
        var summary = await ImportAsync(input);

        // Then the bad record is the one reject, named, with the line and column of the bad byte; its neighbours are stored
        Assert.Equal("imported 2, updated 0, unchanged 0, rejected 1", summary.ToString());
        var reject = Assert.Single(_rejects);
        Assert.Equal(zipped ? $"{input}!{records[1].Name}" : Path.Combine(input, records[1].Name), reject.SourceFile);
        Assert.StartsWith("malformed XML at line 6, position 19: ", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("encoding", reject.Reason, StringComparison.Ordinal);
        Assert.Equal("A Test Study of Stem Cells for Liver Cirrhosis", await TitleAsync(TestStudies.Id(1)));
        Assert.Null(await _store.FindAsync(TestStudies.Id(2), default));
        Assert.Equal("A Test Study of Stem Cells for Liver Cirrhosis", await TitleAsync(TestStudies.Id(3)));
    }

    [Fact]
    public async Task A_five_megabyte_criteria_textblock_in_legacy_xml_is_stored_intact_beside_a_normal_record()
    {
        // Given a directory of two legacy records, one whose criteria textblock holds 100,000 distinct list items (over 5 MB)
        var items = Enumerable.Range(1, 100_000).Select(i => $"adult number {i} with liver cirrhosis and a long history").ToList();
        var textblock = "\n        Inclusion Criteria:\n\n" + string.Concat(items.Select(i => $"          -  {i}\n\n")) + "      ";
        _directory.Write("xml/NCT10000001.xml", LegacyXml(1, criteria: textblock));
        _directory.Write("xml/NCT10000002.xml", LegacyXml(2));

        // When the directory is imported
        var summary = await ImportAsync(_directory.File("xml"));

        // Then both are stored, the large criteria item for item as API v2 writes them, the other as usual
        Assert.Equal("imported 2, updated 0, unchanged 0, rejected 0", summary.ToString());
        var expected = "Inclusion Criteria:\n\n" + string.Join("\n", items.Select(i => "* " + i));
        Assert.True(expected.Length > 5_000_000);
        Assert.Equal(expected, await CriteriaAsync(TestStudies.Id(1)));
        Assert.Equal("Inclusion Criteria:\n\n* Age 18 to 65", await CriteriaAsync(TestStudies.Id(2)));
    }

    private async Task<string?> CriteriaAsync(string nctId) =>
        JsonNode.Parse((await _store.FindAsync(nctId, default))!.Json.Span)!["protocolSection"]!["eligibilityModule"]!["eligibilityCriteria"]!.GetValue<string>();

    [Fact]
    public async Task A_five_megabyte_criteria_field_is_stored_intact()
    {
        var criteria = "Inclusion Criteria:\n\n" + string.Concat(Enumerable.Repeat("* adults with liver cirrhosis and a long history\n", 110_000));
        var node = TestStudies.Node(TestStudies.Id(1), criteria: criteria);
        await ImportAsync(_directory.Write("big.json", node.ToJsonString()));
        var stored = JsonNode.Parse((await _store.FindAsync(TestStudies.Id(1), default))!.Json.Span)!;
        Assert.Equal(criteria, stored["protocolSection"]!["eligibilityModule"]!["eligibilityCriteria"]!.GetValue<string>());
        Assert.True(criteria.Length > 5_000_000);
    }

    [Fact]
    public async Task An_empty_file_is_rejected_and_nothing_beside_it_is_lost()
    {
        var summary = await ImportAsync(_directory.Write("d/empty.json", ""), _directory.Write("d/ok.json", TestStudies.Json(TestStudies.Id(1))));
        Assert.Equal("imported 1, updated 0, unchanged 0, rejected 1", summary.ToString());
        Assert.EndsWith("empty.json", Assert.Single(_rejects).SourceFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_with_unrelated_files_imports_the_studies_and_skips_the_rest()
    {
        _directory.Write("d/readme.md", "# notes");
        _directory.Write("d/.DS_Store", [0, 1, 2]);
        _directory.Write("d/studies/x.json", Array(TestStudies.Json(TestStudies.Id(1)), TestStudies.Json(TestStudies.Id(2))));
        var summary = await ImportAsync(_directory.File("d"));
        Assert.Equal("imported 2, updated 0, unchanged 0, rejected 0", summary.ToString());
        Assert.Equal(2, summary.SkippedFiles);
    }

    [Fact]
    public async Task Importing_the_same_input_twice_changes_nothing_the_second_time()
    {
        var path = _directory.Write("x.json", Array(TestStudies.Json(TestStudies.Id(1)), TestStudies.Json(TestStudies.Id(2), lastUpdate: null)));
        await ImportAsync(path);
        Assert.Equal("imported 0, updated 0, unchanged 2, rejected 0", (await ImportAsync(path)).ToString());
    }
}
