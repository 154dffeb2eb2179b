using System.Buffers.Binary;
using System.IO.Compression;
using Trialdex.Core.Import.Json;

namespace Trialdex.Core.Import.Sources;

/// <summary>
/// Reads the bulk downloads: <c>ctg-studies.json.zip</c> (one <c>NCT….json</c> per study) and
/// <c>AllPublicXML.zip</c> (folders <c>NCTdddd xxxx/</c> of legacy XML). Entries are found through the central
/// directory (<see cref="ZipDirectory"/>); a truncated archive (no central directory) is recovered entry by entry
/// from its local headers, and the cut-off entry is rejected. Every entry's CRC-32 is checked: a corrupt entry is
/// rejected, the others are read.
/// </summary>
public static class ZipStudyReader
{
    /// <summary>Deflate expands at most about 1,032 times; an entry claiming more is not trusted with a buffer that large.</summary>
    private const long LargestRatio = 1100;

    /// <summary>JSON entries up to this size are read whole and checked before they are parsed.</summary>
    private const long LargestWholeEntry = 16 * 1024 * 1024;

    public static IEnumerable<ImportItem> Read(string path, ImportProgress progress)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        var entries = ZipDirectory.TryRead(file);
        var items = entries is null ? LocalHeaderScanner.Scan(file, path, progress) : ReadEntries(file, path, entries, progress);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static IEnumerable<ImportItem> ReadEntries(FileStream file, string path, List<ZipEntryInfo> entries, ImportProgress progress)
    {
        foreach (var entry in entries)
        {
            var source = path + "!" + entry.Name;
            foreach (var item in SourceWalker.Guard(source, Entry(source, entry, () => OpenData(file, entry))))
            {
                yield return item;
            }

            progress.AddBytes(entry.CompressedSize);
        }
    }

    /// <summary>A stream over the entry's compressed bytes in the archive, found through its local header.</summary>
    private static Stream OpenData(FileStream file, ZipEntryInfo entry)
    {
        Span<byte> header = stackalloc byte[30];
        if (RandomAccess.Read(file.SafeFileHandle, header, entry.LocalHeaderOffset) < header.Length
            || BinaryPrimitives.ReadUInt32LittleEndian(header) != ZipDirectory.LocalHeaderSignature)
        {
            throw new InvalidDataException("the archive's directory points at no entry header: the zip is damaged");
        }

        var start = entry.LocalHeaderOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        if (start + entry.CompressedSize > file.Length)
        {
            throw new InvalidDataException($"truncated zip entry: the archive ends before its {entry.CompressedSize} compressed bytes");
        }

        return new FileSlice(file.SafeFileHandle, start, entry.CompressedSize);
    }

    /// <summary>
    /// The records in one archive entry, dispatched by its name. A legacy XML record is read whole and checked against
    /// its CRC-32, and its deflate stream is kept for storing. A JSON entry of up to 16 MB (one study of the bulk download)
    /// is also read whole and checked first; a larger one is streamed, its CRC-32 checked at its end.
    /// </summary>
    internal static IEnumerable<ImportItem> Entry(string source, ZipEntryInfo entry, Func<Stream> openCompressed)
    {
        var kind = EntryKinds.Of(entry.Name);
        if (kind == EntryKind.Directory)
        {
            yield break;
        }

        if (kind is not (EntryKind.Xml or EntryKind.Json))
        {
            yield return new SkippedFile(source, "not a study file (.json, .ndjson, .jsonl or .xml) inside the archive");
            yield break;
        }

        if (entry.IsEncrypted || entry.Method is not (0 or 8))
        {
            yield return new RecordReject(source, "", entry.IsEncrypted
                ? "the zip entry is encrypted, which Trialdex does not read"
                : $"the zip entry uses compression method {entry.Method}; only stored (0) and deflate (8) are read");
            yield break;
        }

        if (kind == EntryKind.Xml)
        {
            var (bytes, deflated) = ReadWhole(entry, openCompressed);
            yield return new RawRecord(source, "document", SourceFormat.LegacyXml, bytes) { Deflated = deflated };
            yield break;
        }

        if (entry.Size <= LargestWholeEntry)
        {
            using var whole = new MemoryStream(ReadWhole(entry, openCompressed).Bytes, writable: false);
            foreach (var item in JsonStudyReader.Read(whole, source))
            {
                yield return item;
            }

            yield break;
        }

        using var compressed = openCompressed();
        using var data = new CheckedStream(entry.Method == 8 ? new DeflateStream(compressed, CompressionMode.Decompress) : compressed, entry.Crc32, entry.Size);
        foreach (var item in JsonStudyReader.Read(data, source))
        {
            yield return item;
        }
    }

    /// <summary>
    /// The bytes of an entry read whole and checked before any of it is parsed, with its deflate stream (empty when
    /// stored). Larger JSON entries are streamed instead, so memory stays flat however large one is.
    /// </summary>
    private static (byte[] Bytes, byte[] Deflated) ReadWhole(ZipEntryInfo entry, Func<Stream> openCompressed)
    {
        if (entry.CompressedSize > Array.MaxLength || entry.Size > Array.MaxLength || entry.Size > (entry.CompressedSize + 1) * LargestRatio)
        {
            throw new InvalidDataException($"the zip entry claims {entry.Size} bytes from {entry.CompressedSize} compressed: not a plausible record");
        }

        var compressed = new byte[entry.CompressedSize];
        using (var stream = openCompressed())
        {
            stream.ReadExactly(compressed);
        }

        if (entry.Method == 0)
        {
            CheckedStream.Verify(compressed, entry.Crc32, entry.Size);
            return (compressed, []);
        }

        var bytes = new byte[entry.Size];
        using (var inflater = new DeflateStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress))
        {
            var read = inflater.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length || inflater.ReadByte() >= 0)
            {
                throw new InvalidDataException($"corrupt zip entry: it inflates to {(read < bytes.Length ? read : "more than " + bytes.Length)} bytes, the archive says {entry.Size}");
            }
        }

        CheckedStream.Verify(bytes, entry.Crc32, entry.Size);
        return (bytes, compressed);
    }
}
