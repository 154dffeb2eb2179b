using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Json;
using Trialdex.Tests;

namespace Trialdex.Core.Tests.Import.Json;

public sealed class JsonStudyReaderTests
{
    private static List<ImportItem> Read(string content, string name = "input.json") =>
        Read(Encoding.UTF8.GetBytes(content), name);

    private static List<ImportItem> Read(byte[] content, string name = "input.json")
    {
        using var stream = new MemoryStream(content);
        return JsonStudyReader.Read(stream, name).ToList();
    }

    private static List<string> Ids(IEnumerable<ImportItem> items) =>
        items.OfType<RawRecord>().Select(r => JsonNode.Parse(r.Payload.Span)!["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>()).ToList();

    [Fact]
    public void A_single_study_object_is_one_record_with_its_exact_bytes()
    {
        var json = "  " + TestStudies.Json(TestStudies.Id(1)) + "\n";
        var items = Read(json);
        var record = Assert.IsType<RawRecord>(Assert.Single(items));
        Assert.Equal(json.Trim(), Encoding.UTF8.GetString(record.Payload.Span));
        Assert.Equal(SourceFormat.ApiV2Json, record.Format);
    }

    [Fact]
    public void The_website_download_array_gives_each_study_in_order()
    {
        var json = "[\n" + string.Join(",\n", Enumerable.Range(1, 5).Select(i => TestStudies.Json(TestStudies.Id(i)))) + "\n]";
        var items = Read(json);
        Assert.Equal(Enumerable.Range(1, 5).Select(TestStudies.Id), Ids(items));
        Assert.All(items, i => Assert.IsType<RawRecord>(i));
        Assert.Contains("element [2]", items[2].Position, StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_page_gives_the_studies_whatever_the_order_of_its_properties()
    {
        var studies = string.Join(",", Enumerable.Range(1, 3).Select(i => TestStudies.Json(TestStudies.Id(i))));
        Assert.Equal(3, Ids(Read($$"""{"totalCount": 3, "studies": [{{studies}}], "nextPageToken": "abc"}""")).Count);
        Assert.Equal(3, Ids(Read($$"""{"studies": [{{studies}}], "nextPageToken": null}""")).Count);
    }

    [Fact]
    public void Newline_delimited_json_is_read_line_by_line_and_a_bad_line_loses_only_itself()
    {
        var lines = new[] { TestStudies.Json(TestStudies.Id(1)), "{\"protocolSection\": {\"identificationModule\": ", "", TestStudies.Json(TestStudies.Id(3)) };
        var items = Read(string.Join("\n", lines), "studies.ndjson");
        Assert.Equal([TestStudies.Id(1), TestStudies.Id(3)], Ids(items));
        var reject = Assert.Single(items.OfType<RecordReject>());
        Assert.StartsWith("line 2", reject.Position, StringComparison.Ordinal);
    }

    [Fact]
    public void Concatenated_objects_without_the_ndjson_extension_are_all_read()
    {
        var json = TestStudies.Json(TestStudies.Id(1)) + "\n" + TestStudies.Json(TestStudies.Id(2));
        Assert.Equal(2, Ids(Read(json)).Count);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(TestStudies.Utf8(TestStudies.Id(1))).ToArray();
        Assert.IsType<RawRecord>(Assert.Single(Read(bytes)));
    }

    [Fact]
    public void A_truncated_array_keeps_every_complete_study_and_rejects_the_cut_one()
    {
        var json = "[" + string.Join(",", Enumerable.Range(1, 4).Select(i => TestStudies.Json(TestStudies.Id(i)))) + "]";
        var cut = json[..(json.Length - 40)];
        var items = Read(cut);
        Assert.Equal(Enumerable.Range(1, 3).Select(TestStudies.Id), Ids(items));
        var reject = Assert.IsType<RecordReject>(items[^1]);
        Assert.Contains("truncated", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("element [3]", reject.Position, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_in_the_middle_keeps_the_studies_before_it_and_says_where()
    {
        var json = "[" + TestStudies.Json(TestStudies.Id(1)) + ",\n{\"protocolSection\": nope}, " + TestStudies.Json(TestStudies.Id(3)) + "]";
        var items = Read(json);
        Assert.Equal([TestStudies.Id(1)], Ids(items));
        var reject = Assert.IsType<RecordReject>(items[^1]);
        Assert.Contains("malformed JSON at line 2", reject.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void An_empty_file_is_one_reject_saying_so(string content)
    {
        var reject = Assert.IsType<RecordReject>(Assert.Single(Read(content)));
        Assert.Contains("empty", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retired_classic_api_shape_is_rejected_with_the_reason()
    {
        var reject = Assert.IsType<RecordReject>(Assert.Single(Read("""{"FullStudiesResponse": {"APIVrs": "1.01.05", "FullStudies": [{"Study": {}}]}}""")));
        Assert.Contains("classic-API FullStudiesResponse", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_that_are_not_objects_are_rejected_one_by_one()
    {
        var items = Read("[1, \"x\", [2, 3], " + TestStudies.Json(TestStudies.Id(9)) + ", null]");
        Assert.Equal([TestStudies.Id(9)], Ids(items));
        Assert.Equal(4, items.OfType<RecordReject>().Count());
    }

    [Fact]
    public void An_object_that_is_neither_study_nor_page_is_rejected()
    {
        var reject = Assert.IsType<RecordReject>(Assert.Single(Read("""{"hello": "world"}""")));
        Assert.Contains("neither a study", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_study_far_larger_than_the_read_buffer_is_kept_whole()
    {
        var node = TestStudies.Node(TestStudies.Id(1), criteria: new string('x', 5 * 1024 * 1024));
        var items = Read("[" + node.ToJsonString() + "," + TestStudies.Json(TestStudies.Id(2)) + "]");
        Assert.Equal([TestStudies.Id(1), TestStudies.Id(2)], Ids(items));
        Assert.True(((RawRecord)items[0]).Payload.Length > 5 * 1024 * 1024);
    }

    [Fact]
    public void Arbitrary_bytes_never_make_the_reader_throw()
    {
        var random = new Random(20261122);
        var valid = Encoding.UTF8.GetBytes("[" + TestStudies.Json(TestStudies.Id(1)) + "," + TestStudies.Json(TestStudies.Id(2)) + "]");
        for (var round = 0; round < 2000; round++)
        {
            var bytes = (byte[])valid.Clone();
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var input = round % 3 == 0 ? bytes[..random.Next(bytes.Length)] : bytes;
            var items = Read(input, round % 2 == 0 ? "x.json" : "x.ndjson");
            Assert.All(items, item => Assert.True(item is RawRecord or RecordReject));
        }
    }
}
