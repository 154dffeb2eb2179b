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
                foreach (var item in SourceWalker.Guard(source, Entry(source, entry.FullName, entry.Open, progress)))
                {
                    yield return item;
                }

                progress.AddBytes(entry.CompressedLength);
            }
        }
    }

    /// <summary>The records in one archive entry, dispatched by its name.</summary>
    internal static IEnumerable<ImportItem> Entry(string source, string name, Func<Stream> open, ImportProgress progress)
    {
        switch (EntryKinds.Of(name))
        {
            case EntryKind.Directory:
                yield break;
            case EntryKind.Xml:
                using (var stream = open())
                {
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    yield return new RawRecord(source, "document", SourceFormat.LegacyXml, copy.ToArray());
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
