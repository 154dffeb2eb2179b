using System.IO.Compression;
using System.Text;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Tests;

namespace Trialdex.Core.Tests.Import.Sources;

public sealed class SourceWalkerTests
{
    private const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clinical_study><id_info><nct_id>NCT10000001</nct_id></id_info></clinical_study>";

    private static List<ImportItem> Walk(params string[] paths) => SourceWalker.Enumerate(paths, new ImportProgress()).ToList();

    private static void WriteZip(string path, IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }
    }

    [Fact]
    public void A_directory_is_read_in_name_order_and_unrelated_files_are_skipped_not_rejected()
    {
        using var dir = new TempDirectory();
        dir.Write("b/NCT10000002.json", TestStudies.Json(TestStudies.Id(2)));
        dir.Write("a/NCT10000001.json", TestStudies.Json(TestStudies.Id(1)));
        dir.Write("README.txt", "notes about the download");
        dir.Write("c/NCT10000003.xml", Xml);
        var items = Walk(dir.Path);
        Assert.Equal(["a/NCT10000001.json", "b/NCT10000002.json", "c/NCT10000003.xml"],
            items.OfType<RawRecord>().Select(r => Path.GetRelativePath(dir.Path, r.SourceFile)));
        Assert.Equal(SourceFormat.LegacyXml, items.OfType<RawRecord>().Last().Format);
        Assert.Equal("README.txt", Path.GetFileName(Assert.Single(items.OfType<SkippedFile>()).SourceFile));
        Assert.Empty(items.OfType<RecordReject>());
    }

    [Fact]
    public void The_bulk_json_zip_gives_one_record_per_entry_named_after_the_entry()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("ctg-studies.json.zip");
        WriteZip(zip, Enumerable.Range(1, 3).Select(i => ($"{TestStudies.Id(i)}.json", TestStudies.Utf8(TestStudies.Id(i)))));
        var records = Walk(zip).OfType<RawRecord>().ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(zip + "!NCT10000001.json", records[0].SourceFile);
    }

    [Fact]
    public void The_legacy_xml_zip_gives_one_xml_record_per_file_in_its_folders()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("AllPublicXML.zip");
        WriteZip(zip, [("NCT1000xxxx/", []), ("NCT1000xxxx/NCT10000001.xml", Encoding.UTF8.GetBytes(Xml))]);
        var record = Assert.Single(Walk(zip).OfType<RawRecord>());
        Assert.Equal(SourceFormat.LegacyXml, record.Format);
        Assert.Equal(Xml, Encoding.UTF8.GetString(record.Payload.Span));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void A_zip_cut_inside_an_entry_gives_every_entry_before_it_whole_and_rejects_that_entry_by_name(int cutEntry)
    {
        // Given six stored entries, the file cut off halfway through the data of entry number cutEntry
        using var dir = new TempDirectory();
        var contents = Enumerable.Range(1, 6).Select(i => ($"{TestStudies.Id(i)}.json", TestStudies.Utf8(TestStudies.Id(i)))).ToList();
        var whole = TestZips.Stored(contents);
        var entry = TestZips.LocalEntries(whole)[cutEntry - 1];
        var cut = dir.Write("cut.zip", whole[..(entry.Data + (entry.Length / 2))]);

        // When it is walked
        var items = Walk(cut);

        // Then the entries before the cut come out whole and in order, then one reject naming the cut entry, and nothing else
        var records = items.OfType<RawRecord>().ToList();
        Assert.Equal(contents.Take(cutEntry - 1).Select(c => cut + "!" + c.Item1), records.Select(r => r.SourceFile));
        Assert.Equal(contents.Take(cutEntry - 1).Select(c => Encoding.UTF8.GetString(c.Item2)), records.Select(r => Encoding.UTF8.GetString(r.Payload.Span)));
        Assert.Equal(cutEntry, items.Count);
        var reject = Assert.IsType<RecordReject>(items[^1]);
        Assert.Equal($"{cut}!{TestStudies.Id(cutEntry)}.json", reject.SourceFile);
        Assert.Equal($"truncated zip entry: the archive ends after {entry.Length / 2} of its {entry.Length} compressed bytes", reject.Reason);
    }

    [Theory]
    [InlineData(4, "truncated zip entry: the archive ends inside the header of the entry after NCT10000003.json")]
    [InlineData(29, "truncated zip entry: the archive ends inside the header of the entry after NCT10000003.json")]
    [InlineData(35, "truncated zip entry: the archive ends after 0 of its 655 compressed bytes")]
    public void A_zip_cut_inside_an_entrys_header_gives_the_entries_before_it_and_rejects_the_cut_one(int intoHeader, string reason)
    {
        // Given six stored entries, the file cut off inside the header (or the name) of the fourth
        using var dir = new TempDirectory();
        var contents = Enumerable.Range(1, 6).Select(i => ($"{TestStudies.Id(i)}.json", TestStudies.Utf8(TestStudies.Id(i)))).ToList();
        var whole = TestZips.Stored(contents);
        var fourth = TestZips.LocalEntries(whole)[3];
        Assert.Equal(655, fourth.Length);
        var cut = dir.Write("cut.zip", whole[..(fourth.Header + intoHeader)]);

        // When it is walked
        var items = Walk(cut);

        // Then the first three entries come out, then one reject for the fourth, and nothing else
        Assert.Equal(contents.Take(3).Select(c => cut + "!" + c.Item1), items.OfType<RawRecord>().Select(r => r.SourceFile));
        Assert.Equal(4, items.Count);
        var reject = Assert.IsType<RecordReject>(items[^1]);
        Assert.Equal(reason, reject.Reason);
        Assert.StartsWith(cut, reject.SourceFile, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_at_all_is_one_reject()
    {
        using var dir = new TempDirectory();
        var reject = Assert.IsType<RecordReject>(Assert.Single(Walk(dir.Write("broken.zip", "this is not a zip archive"))));
        Assert.Contains("not a readable zip", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_reject_naming_it()
    {
        var reject = Assert.IsType<RecordReject>(Assert.Single(Walk("/no/such/dir/studies.json")));
        Assert.Equal("/no/such/dir/studies.json", reject.SourceFile);
    }

    [Fact]
    public void Total_bytes_add_up_every_file_under_the_paths()
    {
        using var dir = new TempDirectory();
        dir.Write("x/a.json", "12345");
        dir.Write("b.json", "123");
        Assert.Equal(8, SourceWalker.TotalBytes([dir.Path]));
    }
}
