using System.IO.Compression;
using Trialdex.Core.Import.Json;

namespace Trialdex.Core.Import.Sources;

/// <summary>
/// Reads the bulk downloads: <c>ctg-studies.json.zip</c> (one <c>NCT….json</c> per study) and
/// <c>AllPublicXML.zip</c> (folders <c>NCTdddd xxxx/</c> of legacy XML). A truncated archive (no central directory)
/// is recovered entry by entry from its local headers, and the cut-off entry is rejected.
/// </summary>
public static class ZipStudyReader
{
    public static IEnumerable<ImportItem> Read(string path, ImportProgress progress)
    {
        ZipArchive? archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            archive = null;
        }

        return archive is null ? LocalHeaderScanner.Scan(path, progress) : ReadArchive(path, archive, progress);
    }

    private static IEnumerable<ImportItem> ReadArchive(string path, ZipArchive archive, ImportProgress progress)
    {
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                var source = path + "!" + entry.FullName;
                foreach (var item in SourceWalker.Guard(source, Entry(source, entry.FullName, entry.Open, progress, entry.Length)))
                {
                    yield return item;
                }

                progress.AddBytes(entry.CompressedLength);
            }
        }
    }

    /// <summary>The largest entry size taken from a zip's directory on trust to size a record's buffer at once.</summary>
    private const int LargestSizeHint = 16 * 1024 * 1024;

    /// <summary>
    /// The records in one archive entry, dispatched by its name. <paramref name="sizeHint"/> is the size the archive gives
    /// for the entry (0 when unknown), so that a legacy XML record is read into one buffer of its size.
    /// </summary>
    internal static IEnumerable<ImportItem> Entry(string source, string name, Func<Stream> open, ImportProgress progress, long sizeHint = 0)
    {
        switch (EntryKinds.Of(name))
        {
            case EntryKind.Directory:
                yield break;
            case EntryKind.Xml:
                using (var stream = open())
                {
                    using var copy = new MemoryStream(sizeHint is > 0 and <= LargestSizeHint ? (int)sizeHint : 0);
                    stream.CopyTo(copy);
                    var bytes = copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
                    yield return new RawRecord(source, "document", SourceFormat.LegacyXml, bytes);
                }

                yield break;
            case EntryKind.Json:
                using (var stream = open())
                {
                    foreach (var item in JsonStudyReader.Read(stream, source))
                    {
                        yield return item;
                    }
                }

                yield break;
            default:
                yield return new SkippedFile(source, "not a study file (.json, .ndjson, .jsonl or .xml) inside the archive");
                yield break;
        }
    }
}
