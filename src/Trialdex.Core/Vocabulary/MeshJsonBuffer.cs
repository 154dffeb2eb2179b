namespace Trialdex.Core.Vocabulary;

/// <summary>
/// The sliding window of bytes under <see cref="MeshJsonReader"/>: refilled from the stream, compacted as values are
/// consumed, grown only for a value larger than itself; it remembers enough of the dropped bytes to give any error
/// its line and column.
/// </summary>
internal sealed class MeshJsonBuffer(Stream stream, string source)
{
    private const int InitialSize = 64 * 1024;

    private byte[] _bytes = new byte[InitialSize];
    private int _start;
    private int _end;
    private long _dropped;
    private long _linesDropped;
    private long _lastNewlineDropped = -1;
    private bool _byteOrderMarkChecked;

    public bool IsFinalBlock { get; private set; }

    /// <summary>The bytes read but not yet consumed.</summary>
    public ReadOnlySpan<byte> Unread => _bytes.AsSpan(_start, _end - _start);

    public void Consume(long count) => _start += (int)count;

    /// <summary>Skips a UTF-8 byte order mark at the start of the stream; false while too few bytes are in to tell.</summary>
    public bool SkipByteOrderMark()
    {
        if (!_byteOrderMarkChecked)
        {
            if (_end - _start < 3 && !IsFinalBlock)
            {
                return false;
            }

            _start += Unread.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            _byteOrderMarkChecked = true;
        }

        return true;
    }

    /// <summary>Reads more bytes after the unread ones; at the end of the stream, marks the final block.</summary>
    public void Fill()
    {
        if (IsFinalBlock)
        {
            throw Error(_end - _start, "the file ends inside a JSON value");
        }

        Compact();
        if (_end == _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        var read = stream.Read(_bytes, _end, _bytes.Length - _end);
        IsFinalBlock = read == 0;
        _end += read;
    }

    /// <summary>An error at a byte of <see cref="Unread"/>, with its line and column in the whole file.</summary>
    public VocabularyFormatException Error(long indexInUnread, string reason)
    {
        var seen = _bytes.AsSpan(0, (int)Math.Clamp(_start + indexInUnread, 0, _end));
        var lastNewline = seen.LastIndexOf((byte)'\n');
        var line = _linesDropped + seen.Count((byte)'\n') + 1;
        var column = _dropped + seen.Length - (lastNewline >= 0 ? _dropped + lastNewline : _lastNewlineDropped);
        return new VocabularyFormatException(source, line, column, reason);
    }

    /// <summary>An error whose position the JSON reader already knows.</summary>
    public VocabularyFormatException Error(long? line, long? column, string reason, Exception innerException) =>
        new(source, line, column, reason, innerException);

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        var dropped = _bytes.AsSpan(0, _start);
        var newlines = dropped.Count((byte)'\n');
        if (newlines > 0)
        {
            _linesDropped += newlines;
            _lastNewlineDropped = _dropped + dropped.LastIndexOf((byte)'\n');
        }

        _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
        _dropped += _start;
        _end -= _start;
        _start = 0;
    }
}
