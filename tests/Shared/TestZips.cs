using System.Buffers.Binary;
using System.IO.Compression;

namespace Trialdex.Tests;

/// <summary>Zip archives for importer tests, and where exactly to cut one so a known entry is the one cut off.</summary>
internal static class TestZips
{
    /// <summary>Writes a zip of stored (uncompressed) entries, so every entry's bytes sit in the file as written.</summary>
    public static byte[] Stored(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The local entries of <paramref name="zip"/> in file order: header offset, data offset and data length.</summary>
    public static List<(string Name, int Header, int Data, int Length)> LocalEntries(byte[] zip)
    {
        var entries = new List<(string, int, int, int)>();
        for (var at = 0; BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x04034b50;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 18));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
            var data = at + 30 + nameLength + extraLength;
            entries.Add((System.Text.Encoding.UTF8.GetString(zip, at + 30, nameLength), at, data, length));
            at = data + length;
        }

        return entries;
    }
}
