namespace Trialdex.Core.Import.Json;

/// <summary>Splits a byte stream into lines (LF or CRLF) without decoding it; lines may be megabytes long.</summary>
internal static class LineSplitter
{
    public static IEnumerable<ReadOnlyMemory<byte>> Lines(Stream stream, ImportProgress? progress)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        var start = 0;
        var eof = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start);
            if (newline >= 0)
            {
                var end = newline > start && buffer[newline - 1] == (byte)'\r' ? newline - 1 : newline;
                yield return buffer.AsMemory(start, end - start).ToArray();
                start = newline + 1;
                continue;
            }

            if (eof)
            {
                if (filled > start)
                {
                    yield return buffer.AsMemory(start, filled - start).ToArray();
                }

                yield break;
            }

            Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            start = 0;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            progress?.AddBytes(read);
            filled += read;
            eof = read == 0;
        }
    }
}
