using System.IO.Compression;

namespace Trialdex.Storage.Sqlite;

/// <summary>Original source documents (legacy XML) are kept zlib-compressed: about a fifth of their size.</summary>
internal static class OriginalDocuments
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
