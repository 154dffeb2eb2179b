using System.Buffers.Binary;
using System.Text;

namespace Trialdex.Core.Import.Sources;

/// <summary>
/// Recovers the entries of a zip whose end (the central directory) is missing — typically an interrupted
/// download — by walking the local file headers from the start. The entry the file ends inside is rejected.
/// </summary>
internal static class LocalHeaderScanner
{
    public static IEnumerable<ImportItem> Scan(FileStream file, string path, ImportProgress progress)
    {
        file.Seek(0, SeekOrigin.Begin);
        var header = new byte[30];
        var entries = 0;
        string? previous = null;
        while (true)
        {
            var headerRead = ReadFully(file, header);
            if (headerRead < 4 || BinaryPrimitives.ReadUInt32LittleEndian(header) != ZipDirectory.LocalHeaderSignature)
            {
                break;
            }

            if (headerRead < header.Length)
            {
                // The file ends inside an entry's header: its name is lost, but it was there and is not passed over in silence.
                progress.AddBytes(headerRead);
                yield return new RecordReject(path, $"byte {file.Position - headerRead}", "truncated zip entry: the archive ends inside the header of the entry "
                    + (previous is null ? "at its start" : $"after {previous}"));
                yield break;
            }

            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6));
            var nameBytes = new byte[BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26))];
            var extra = new byte[BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28))];
            var nameRead = ReadFully(file, nameBytes);
            var extraRead = ReadFully(file, extra);
            var name = Encoding.UTF8.GetString(nameBytes, 0, nameRead);
            var source = path + "!" + name;
            if ((flags & 0x8) != 0)
            {
                yield return new RecordReject(source, "", "the archive is incomplete (no central directory) and this entry's size is not in its header, so it and the entries after it cannot be recovered");
                yield break;
            }

            long size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22));
            long compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18));
            var unused = 0L;
            ZipDirectory.Zip64Extra(extra.AsSpan(0, extraRead), ref size, ref compressedSize, ref unused);
            var data = compressedSize <= Array.MaxLength ? new byte[compressedSize] : [];
            var got = ReadFully(file, data);
            progress.AddBytes(header.Length + nameRead + extraRead + got);
            if (nameRead < nameBytes.Length || extraRead < extra.Length || got < compressedSize)
            {
                yield return new RecordReject(source, "", $"truncated zip entry: the archive ends after {got} of its {compressedSize} compressed bytes");
                yield break;
            }

            entries++;
            previous = name;
            var entry = new ZipEntryInfo(name, flags, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8)),
                BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(14)), compressedSize, size, 0);
            foreach (var item in SourceWalker.Guard(source, ZipStudyReader.Entry(source, entry, () => new MemoryStream(data, writable: false))))
            {
                yield return item;
            }
        }

        if (entries == 0)
        {
            yield return new RecordReject(path, "", "not a readable zip archive: no central directory and no entry could be recovered");
        }
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total;
    }
}
