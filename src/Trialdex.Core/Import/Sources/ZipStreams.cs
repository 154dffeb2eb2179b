using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace Trialdex.Core.Import.Sources;

/// <summary>A read-only stream over a range of a file, read by offset, so it never disturbs the file's own position.</summary>
internal sealed class FileSlice(SafeFileHandle file, long start, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, length - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(file, buffer[..wanted], start + _position);
        if (read == 0)
        {
            throw new InvalidDataException("truncated zip entry: the archive ends inside it");
        }

        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// Passes an entry's inflated bytes through and, at their end, checks their count and CRC-32 against the archive's
/// directory, so a damaged entry is rejected instead of read as if it were whole.
/// </summary>
internal sealed class CheckedStream(Stream inner, uint crc32, long size) : Stream
{
    private readonly System.IO.Hashing.Crc32 _crc = new();
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>Throws when <paramref name="data"/> is not what the archive says the entry holds.</summary>
    public static void Verify(ReadOnlySpan<byte> data, uint crc32, long size)
    {
        if (data.Length != size)
        {
            throw new InvalidDataException($"corrupt zip entry: it holds {data.Length} bytes, the archive says {size}");
        }

        var actual = System.IO.Hashing.Crc32.HashToUInt32(data);
        if (actual != crc32)
        {
            throw Mismatch(actual, crc32);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _crc.Append(buffer[..read]);
        _read += read;
        if (_read > size || (read == 0 && buffer.Length > 0 && _read < size))
        {
            throw new InvalidDataException($"corrupt zip entry: it inflates to {(_read > size ? "more than " + size : _read)} bytes, the archive says {size}");
        }

        if (read == 0 && buffer.Length > 0 && _crc.GetCurrentHashAsUInt32() is var actual && actual != crc32)
        {
            throw Mismatch(actual, crc32);
        }

        return read;
    }

    private static InvalidDataException Mismatch(uint actual, uint expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"corrupt zip entry: its CRC-32 is {actual:x8}, the archive says {expected:x8}"));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
