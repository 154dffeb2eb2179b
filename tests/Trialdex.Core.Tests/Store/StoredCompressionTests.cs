using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Trialdex.Core.Store;

namespace Trialdex.Core.Tests.Store;

public sealed class StoredCompressionTests
{
    [Fact]
    public void Adler32_matches_the_rfc_1950_example_and_zlib()
    {
        Assert.Equal(0x11E60398u, StoredCompression.Adler32(Encoding.ASCII.GetBytes("Wikipedia")));
        Assert.Equal(1u, StoredCompression.Adler32([]));
        var random = new Random(7);
        foreach (var length in new[] { 1, 3, 4, 5551, 5552, 5553, 100_000 })
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(ZlibAdler32(data), StoredCompression.Adler32(data));
            Array.Fill(data, (byte)0xFF); // the largest sums: the modulus must still be applied in time
            Assert.Equal(ZlibAdler32(data), StoredCompression.Adler32(data));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    public void A_wrapped_deflate_stream_decompresses_to_the_document(int length)
    {
        var document = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 23))))[..length];
        using var raw = new MemoryStream();
        using (var deflate = new DeflateStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(document);
        }

        var wrapped = StoredCompression.Wrap(raw.ToArray(), document);
        Assert.Equal(document, StoredCompression.Decompress(wrapped));
        Assert.Equal(document, StoredCompression.Decompress(StoredCompression.Compress(document)));
    }

    [Fact]
    public void A_wrapped_stream_with_the_wrong_document_fails_its_checksum()
    {
        var document = Encoding.UTF8.GetBytes("<clinical_study/>");
        using var raw = new MemoryStream();
        using (var deflate = new DeflateStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(document);
        }

        var wrong = StoredCompression.Wrap(raw.ToArray(), Encoding.UTF8.GetBytes("<clinical_study />"));
        Assert.ThrowsAny<InvalidDataException>(() => StoredCompression.Decompress(wrong));
    }

    private static uint ZlibAdler32(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return BinaryPrimitives.ReadUInt32BigEndian(output.ToArray().AsSpan()[^4..]);
    }
}
