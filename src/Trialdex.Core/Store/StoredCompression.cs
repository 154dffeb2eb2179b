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

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * 5);
        input.CopyTo(output);
        return output.ToArray();
    }
}
