using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Core.Tests.Import.Sources;

/// <summary>The importer's own zip reading: CRC checks, stored entries, ZIP64 directories, kept deflate streams.</summary>
public sealed class ZipEntryTests
{
    private static string Xml(int i) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clinical_study><id_info><nct_id>{TestStudies.Id(i)}</nct_id></id_info>"
        + "<overall_status>Recruiting</overall_status>"
        + "<brief_title>" + string.Concat(Enumerable.Repeat($"A trial of something {i}. ", 200)) + "</brief_title></clinical_study>";

    private static List<ImportItem> Walk(string path) => SourceWalker.Enumerate([path], new ImportProgress()).ToList();

    private static void WriteZip(string path, IEnumerable<(string Name, byte[] Content)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name, level).Open();
            stream.Write(content);
        }
    }

    [Fact]
    public void A_legacy_xml_entry_keeps_its_deflate_stream_and_the_stored_original_is_the_xml()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("AllPublicXML.zip");
        WriteZip(zip, [("NCT1000xxxx/", []), ("NCT1000xxxx/NCT10000001.xml", Encoding.UTF8.GetBytes(Xml(1)))]);
        var record = Assert.Single(Walk(zip).OfType<RawRecord>());
        Assert.False(record.Deflated.IsEmpty);
        Assert.True(record.Deflated.Length < record.Payload.Length / 4);
        var decoded = RecordDecoder.Decode(record);
        Assert.Null(decoded.Reject?.Reason);
        var document = decoded.Document!;
        Assert.Equal(Xml(1), Encoding.UTF8.GetString(StoredCompression.Decompress(document.CompressedOriginal!)));
    }

    [Fact]
    public void Stored_entries_are_read_without_a_deflate_stream()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("stored.zip");
        WriteZip(zip, [("NCT10000001.xml", Encoding.UTF8.GetBytes(Xml(1))), ($"{TestStudies.Id(2)}.json", TestStudies.Utf8(TestStudies.Id(2)))], CompressionLevel.NoCompression);
        var records = Walk(zip).OfType<RawRecord>().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(Xml(1), Encoding.UTF8.GetString(records[0].Payload.Span));
        Assert.True(records[0].Deflated.IsEmpty);
        Assert.Equal(TestStudies.Id(2), RecordDecoder.Decode(records[1]).Document!.NctId);
    }

    [Theory]
    [InlineData("NCT10000002.xml")]
    [InlineData("NCT10000002.json")]
    public void An_entry_whose_bytes_do_not_match_its_crc_is_rejected_and_the_others_are_read(string damaged)
    {
        using var dir = new TempDirectory();
        var zip = dir.File("damaged.zip");
        var content = (string name, int i) => name.EndsWith(".xml", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(Xml(i)) : TestStudies.Utf8(TestStudies.Id(i));
        var names = new[] { "NCT10000001" + Path.GetExtension(damaged), damaged, "NCT10000003" + Path.GetExtension(damaged) };
        WriteZip(zip, names.Select((name, i) => (name, content(name, i + 1))), CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(zip);
        var at = IndexOf(bytes, Encoding.ASCII.GetBytes(TestStudies.Id(2)), IndexOf(bytes, Encoding.ASCII.GetBytes(damaged), 0) + damaged.Length);
        bytes[at + 3] = (byte)'9'; // one digit of the stored record's id, so its CRC-32 no longer matches
        File.WriteAllBytes(zip, bytes);

        var items = Walk(zip);
        Assert.Equal(2, items.OfType<RawRecord>().Count());
        var reject = Assert.Single(items.OfType<RecordReject>());
        Assert.EndsWith("!" + damaged, reject.SourceFile, StringComparison.Ordinal);
        Assert.Contains("CRC-32", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_that_inflates_to_another_size_than_the_directory_says_is_rejected()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("sizes.zip");
        WriteZip(zip, [("NCT10000001.xml", Encoding.UTF8.GetBytes(Xml(1))), ("NCT10000002.xml", Encoding.UTF8.GetBytes(Xml(2)))]);
        var bytes = File.ReadAllBytes(zip);
        var central = IndexOf(bytes, [0x50, 0x4b, 0x01, 0x02], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), (uint)Xml(1).Length - 10);
        File.WriteAllBytes(zip, bytes);

        var items = Walk(zip);
        Assert.Equal(TestStudies.Id(2) + ".xml", Path.GetFileName(Assert.Single(items.OfType<RawRecord>()).SourceFile.Split('!')[1]));
        Assert.Contains("inflates to more than", Assert.Single(items.OfType<RecordReject>()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip64_directory_of_more_than_65535_entries_is_read_to_the_end()
    {
        using var dir = new TempDirectory();
        var zip = dir.File("many.zip");
        const int Count = 65_540;
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i < Count - 1; i++)
            {
                archive.CreateEntry($"notes/{i}.txt", CompressionLevel.NoCompression);
            }

            using var last = archive.CreateEntry("NCT10000001.xml").Open();
            last.Write(Encoding.UTF8.GetBytes(Xml(1)));
        }

        var items = Walk(zip);
        Assert.Equal(Count - 1, items.OfType<SkippedFile>().Count());
        Assert.Equal(Xml(1), Encoding.UTF8.GetString(Assert.Single(items.OfType<RawRecord>()).Payload.Span));
    }

    [Fact]
    public void Damaged_archives_never_throw_and_every_item_is_a_record_a_reject_or_a_skipped_file()
    {
        using var dir = new TempDirectory();
        var whole = dir.File("whole.zip");
        WriteZip(whole, [("NCT1000xxxx/", []), ("NCT1000xxxx/NCT10000001.xml", Encoding.UTF8.GetBytes(Xml(1))),
            ($"{TestStudies.Id(2)}.json", TestStudies.Utf8(TestStudies.Id(2))), ("README.txt", Encoding.UTF8.GetBytes("notes"))]);
        var bytes = File.ReadAllBytes(whole);
        var random = new Random(20261206);
        var damaged = dir.File("damaged.zip");
        for (var round = 0; round < 1500; round++)
        {
            var copy = (byte[])bytes.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                // Directory and header fields are where a damaged archive hurts: aim half of the flips at the last 200 bytes.
                var at = random.Next(2) == 0 ? random.Next(copy.Length) : copy.Length - 1 - random.Next(Math.Min(200, copy.Length));
                copy[at] = (byte)random.Next(256);
            }

            File.WriteAllBytes(damaged, random.Next(10) == 0 ? copy[..random.Next(copy.Length)] : copy);
            var items = Walk(damaged);
            Assert.All(items, item => Assert.True(item is RawRecord or RecordReject or SkippedFile, item.GetType().Name));
        }
    }

    private static int IndexOf(byte[] bytes, byte[] pattern, int from) => from + bytes.AsSpan(from).IndexOf(pattern);
}
