namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// One term's postings in one column, packed as variable-length integers in ascending study order: for each study
/// holding the term there, its id (as the difference from the previous one) and the term's count; the positions, in
/// their own array in the same order (the first of each study, then differences), are read only for phrases. About a
/// byte per number, so that a whole registry's text fits in memory, and a word is scored without reading positions.
/// </summary>
internal sealed class TermPostings(int column)
{
    private byte[] _studies = new byte[4];
    private byte[] _positions = new byte[4];
    private int _studiesLength;
    private int _positionsLength;
    private int _lastId = -1;

    /// <summary>The column (a <see cref="Core.Store.TextField"/>).</summary>
    public int Column { get; } = column;

    /// <summary>How many studies hold the term in this column.</summary>
    public int Count { get; private set; }

    /// <summary>Approximate bytes held.</summary>
    public long Bytes => 64 + _studies.Length + _positions.Length;

    /// <summary>Appends one study's positions of the term in this column, ascending; studies come in ascending id order.</summary>
    public void Add(int id, ReadOnlySpan<int> positions)
    {
        Write(ref _studies, ref _studiesLength, id - _lastId);
        Write(ref _studies, ref _studiesLength, positions.Length);
        var previous = 0;
        foreach (var position in positions)
        {
            Write(ref _positions, ref _positionsLength, position - previous);
            previous = position;
        }

        _lastId = id;
        Count++;
    }

    /// <summary>Drops the spare room left by growing (once every study has been added).</summary>
    public void Trim()
    {
        Array.Resize(ref _studies, _studiesLength);
        Array.Resize(ref _positions, _positionsLength);
    }

    /// <summary>The packed (id difference, count) pairs, for a reader that goes through every study at once.</summary>
    internal ReadOnlySpan<byte> Studies => _studies;

    /// <summary>A cursor before the first study.</summary>
    public PostingCursor Cursor() => new(_studies, _positions);

    private static void Write(ref byte[] data, ref int length, int value)
    {
        if (length + 5 > data.Length)
        {
            Array.Resize(ref data, Math.Max(16, data.Length * 2));
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            data[length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        data[length++] = (byte)v;
    }
}

/// <summary>
/// Reads a <see cref="TermPostings"/> forward: <see cref="Next"/> moves to the next study (its <see cref="Id"/> and
/// <see cref="Count"/>), after which <see cref="NextPosition"/> may be called up to <see cref="Count"/> times.
/// Positions are only kept in step by <see cref="Next"/> when asked (<c>withPositions</c>), so scoring a word never
/// reads them. A mutable struct: keep it in a local or an array element and use it by reference.
/// </summary>
internal struct PostingCursor(byte[] studies, byte[] positions)
{
    private int _offset;
    private int _positionOffset;
    private int _positionsLeft;
    private int _position;

    /// <summary>The current study's id (-1 before the first, <see cref="int.MaxValue"/> after the last).</summary>
    public int Id { get; private set; } = -1;

    /// <summary>The term's count in the current study.</summary>
    public int Count { get; private set; }

    /// <summary>Moves to the next study; false at the end. With <paramref name="withPositions"/>, the current study's unread positions are skipped first.</summary>
    public bool Next(bool withPositions = false)
    {
        if (withPositions)
        {
            for (; _positionsLeft > 0; _positionsLeft--)
            {
                while ((positions[_positionOffset++] & 0x80) != 0)
                {
                }
            }
        }

        if (_offset >= studies.Length)
        {
            Id = int.MaxValue;
            return false;
        }

        Id += Read(studies, ref _offset);
        Count = _positionsLeft = Read(studies, ref _offset);
        _position = 0;
        return true;
    }

    /// <summary>Moves (keeping positions in step) to the first study with an id at or above <paramref name="id"/>; false at the end.</summary>
    public bool SkipTo(int id)
    {
        while (Id < id)
        {
            if (!Next(withPositions: true))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The current study's next position (only when moving with positions).</summary>
    public int NextPosition()
    {
        _positionsLeft--;
        _position += Read(positions, ref _positionOffset);
        return _position;
    }

    private static int Read(byte[] data, ref int offset) => ReadVarint(data, ref offset);

    /// <summary>One variable-length integer at <paramref name="offset"/> (moved past it); most are one byte.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int ReadVarint(ReadOnlySpan<byte> data, ref int offset)
    {
        int value = data[offset++];
        if (value < 0x80)
        {
            return value;
        }

        value &= 0x7F;
        var shift = 7;
        byte b;
        do
        {
            b = data[offset++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return value;
    }
}
