using System.Buffers.Binary;
using System.Text;

namespace Trialdex.Core.Import.Sources;

/// <summary>One entry of a zip's central directory: what is needed to find and check its data.</summary>
internal sealed record ZipEntryInfo(string Name, ushort Flags, ushort Method, uint Crc32, long CompressedSize, long Size, long LocalHeaderOffset)
{
    public bool IsEncrypted => (Flags & 0x1) != 0;
}

/// <summary>
/// Reads a zip's central directory (with its ZIP64 extensions, which the full <c>AllPublicXML.zip</c> needs: more
/// than 65,535 entries and more than 4 GB). The importer reads entries itself, rather than through
/// <see cref="System.IO.Compression.ZipArchive"/>, so that an entry's compressed bytes can be kept: a legacy XML
/// record's deflate stream is stored as its compressed original instead of compressing the XML again.
/// </summary>
internal static class ZipDirectory
{
    /// <summary>The signature every entry's local header starts with.</summary>
    internal const uint LocalHeaderSignature = 0x04034b50;
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint CentralSignature = 0x02014b50;
    private const int EndSize = 22;

    /// <summary>The entries in directory order, or null when the file has no readable central directory.</summary>
    public static List<ZipEntryInfo>? TryRead(FileStream file)
    {
        var tail = new byte[(int)Math.Min(file.Length, EndSize + ushort.MaxValue + 20)];
        file.Seek(file.Length - tail.Length, SeekOrigin.Begin);
        file.ReadExactly(tail);
        var end = LastIndexOf(tail, EndSignature, tail.Length - EndSize);
        if (end < 0)
        {
            return null;
        }

        long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        long size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 12));
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        if (end >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end - 20)) == Zip64LocatorSignature)
        {
            var record = new byte[56];
            var at = BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(end - 20 + 8));
            if (at > (ulong)(file.Length - record.Length))
            {
                return null;
            }

            file.Seek((long)at, SeekOrigin.Begin);
            if (file.Read(record) != record.Length || BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
            {
                return null;
            }

            count = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
            size = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(40));
            offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48));
        }

        if (count < 0 || offset < 0 || size < 0 || offset > file.Length || size > file.Length - offset || size > int.MaxValue)
        {
            return null;
        }

        var directory = new byte[size];
        file.Seek(offset, SeekOrigin.Begin);
        file.ReadExactly(directory);
        return ReadEntries(directory, count);
    }

    private static List<ZipEntryInfo>? ReadEntries(byte[] directory, long count)
    {
        var entries = new List<ZipEntryInfo>((int)Math.Min(count, 1_000_000));
        var at = 0;
        while (at + 46 <= directory.Length && BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) == CentralSignature)
        {
            var header = directory.AsSpan(at);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            if (at + 46 + nameLength + extraLength + commentLength > directory.Length)
            {
                return null;
            }

            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            long local = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            Zip64Extra(header.Slice(46 + nameLength, extraLength), ref size, ref compressed, ref local);
            entries.Add(new ZipEntryInfo(
                Encoding.UTF8.GetString(header.Slice(46, nameLength)),
                BinaryPrimitives.ReadUInt16LittleEndian(header[8..]),
                BinaryPrimitives.ReadUInt16LittleEndian(header[10..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[16..]),
                compressed,
                size,
                local));
            at += 46 + nameLength + extraLength + commentLength;
        }

        return entries.Count == count ? entries : null;
    }

    /// <summary>The ZIP64 extra field holds, in this order, each of the three values whose 32-bit field is all ones.</summary>
    internal static void Zip64Extra(ReadOnlySpan<byte> extra, ref long size, ref long compressed, ref long local)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var length = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]), extra.Length - 4);
            if (id == 0x0001)
            {
                var field = extra.Slice(4, length);
                size = Next(ref field, size);
                compressed = Next(ref field, compressed);
                local = Next(ref field, local);
                return;
            }

            extra = extra[(4 + length)..];
        }
    }

    private static long Next(ref ReadOnlySpan<byte> field, long value)
    {
        if (value != uint.MaxValue || field.Length < 8)
        {
            return value;
        }

        var wide = (long)BinaryPrimitives.ReadUInt64LittleEndian(field);
        field = field[8..];
        return wide;
    }

    private static int LastIndexOf(byte[] bytes, uint signature, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == signature)
            {
                return i;
            }
        }

        return -1;
    }
}
