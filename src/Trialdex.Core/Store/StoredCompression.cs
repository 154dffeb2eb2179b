using System.Buffers.Binary;
using System.IO.Compression;

namespace Trialdex.Core.Store;

/// <summary>
/// Stores keep a study's JSON and original document zlib-compressed (about a fifth of their size); compression is
/// done on the import's parallel decode workers, so the single writer only writes.
/// </summary>
public static class StoredCompression
{
    public static byte[] Compress(ReadOnlySpan<byte> document)
    {
        using var output = new MemoryStream(document.Length / 4 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(document);
        }

        return output.ToArray();
    }

    /// <summary>
    /// The zlib form of <paramref name="document"/> made from a raw deflate stream of it that already exists (a zip
    /// entry's data): zlib's two-byte header, the deflate stream unchanged, and the Adler-32 of the document. No
    /// compression is redone, and the result decompresses exactly as <see cref="Compress"/>'s does.
    /// </summary>
    public static byte[] Wrap(ReadOnlySpan<byte> deflated, ReadOnlySpan<byte> document)
    {
        var zlib = new byte[2 + deflated.Length + 4];
        zlib[0] = 0x78; // deflate, 32 KB window
        zlib[1] = 0x01; // no dictionary; (0x78 * 256 + 0x01) is a multiple of 31, as the header check requires
        deflated.CopyTo(zlib.AsSpan(2));
        BinaryPrimitives.WriteUInt32BigEndian(zlib.AsSpan(2 + deflated.Length), Adler32(document));
        return zlib;
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * 5);
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Adler-32 (RFC 1950) of <paramref name="data"/>.</summary>
    internal static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        const int Block = 5552; // the most bytes before the sums must be reduced to stay within 32 bits
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            var block = data[..Math.Min(Block, data.Length)];
            var i = 0;
            for (; i + 4 <= block.Length; i += 4)
            {
                a += block[i];
                b += a;
                a += block[i + 1];
                b += a;
                a += block[i + 2];
                b += a;
                a += block[i + 3];
                b += a;
            }

            for (; i < block.Length; i++)
            {
                a += block[i];
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[block.Length..];
        }

        return (b << 16) | a;
    }
}
