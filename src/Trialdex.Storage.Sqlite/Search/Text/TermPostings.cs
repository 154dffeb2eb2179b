namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// One term's postings, packed as variable-length integers in ascending study order: for each study its id (as the
/// difference from the previous one) and how many columns hold the term, then for each such column its number, the
/// term's count there and its positions (the first, then differences). About a byte per number, so that the whole
/// registry's text fits in memory.
/// </summary>
internal sealed class TermPostings
{
    private byte[] _data = new byte[8];
    private int _length;
    private int _lastId = -1;

    /// <summary>How many studies hold the term.</summary>
    public int Count { get; private set; }

    /// <summary>Appends one study's occurrences, sorted by column then position; studies come in ascending id order.</summary>
    public void Add(int id, ReadOnlySpan<(int Column, int Position)> occurrences)
    {
        Write(id - _lastId);
        _lastId = id;
        Count++;
        var columnsAt = _length;
        Write(0);
        var columns = 0;
        for (var i = 0; i < occurrences.Length;)
        {
            var column = occurrences[i].Column;
            var end = i;
            while (end < occurrences.Length && occurrences[end].Column == column)
            {
                end++;
            }

            Write(column);
            Write(end - i);
            var previous = 0;
            for (var k = i; k < end; k++)
            {
                Write(occurrences[k].Position - previous);
                previous = occurrences[k].Position;
            }

            columns++;
            i = end;
        }

        // Fewer than 128 columns: the count is one byte.
        _data[columnsAt] = (byte)columns;
    }

    /// <summary>Drops the spare room left by growing (once every study has been added).</summary>
    public void Trim() => Array.Resize(ref _data, _length);

    /// <summary>A cursor before the first study.</summary>
    public PostingCursor Cursor() => new(_data, _length);

    private void Write(int value)
    {
        if (_length + 5 > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(16, _data.Length * 2));
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            _data[_length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _data[_length++] = (byte)v;
    }
}

/// <summary>
/// Reads a <see cref="TermPostings"/> forward: <see cref="NextStudy"/>, then for that study <see cref="NextColumn"/>
/// and, for each column, its positions with <see cref="NextPosition"/> (or none: what is left unread is skipped).
/// A mutable struct: keep it in a local or an array element and use it by reference.
/// </summary>
internal struct PostingCursor(byte[] data, int length)
{
    private int _offset;
    private int _columnsLeft;
    private int _positionsLeft;
    private int _position;

    /// <summary>The current study's id (-1 before the first).</summary>
    public int Id { get; private set; } = -1;

    /// <summary>Moves to the next study; false at the end.</summary>
    public bool NextStudy()
    {
        while (_columnsLeft > 0 || _positionsLeft > 0)
        {
            SkipColumn();
        }

        if (_offset >= length)
        {
            Id = int.MaxValue;
            return false;
        }

        Id += Read();
        _columnsLeft = data[_offset++];
        return true;
    }

    /// <summary>Moves to the first study with an id at or above <paramref name="id"/>; false at the end.</summary>
    public bool SkipTo(int id)
    {
        while (Id < id)
        {
            if (!NextStudy())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The current study's next column holding the term, and the term's count there; false when none is left.</summary>
    public bool NextColumn(out int column, out int count)
    {
        while (_positionsLeft > 0)
        {
            NextPosition();
        }

        if (_columnsLeft == 0)
        {
            (column, count) = (0, 0);
            return false;
        }

        _columnsLeft--;
        column = Read();
        count = _positionsLeft = Read();
        _position = 0;
        return true;
    }

    /// <summary>The current column's next position (the caller reads at most the count <see cref="NextColumn"/> gave).</summary>
    public int NextPosition()
    {
        _positionsLeft--;
        _position += Read();
        return _position;
    }

    private void SkipColumn()
    {
        if (_positionsLeft == 0)
        {
            NextColumn(out _, out _);
        }

        for (; _positionsLeft > 0; _positionsLeft--)
        {
            while ((data[_offset++] & 0x80) != 0)
            {
            }
        }
    }

    private int Read()
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[_offset++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return value;
    }
}
