namespace Trialdex.Core.Import;

/// <summary>
/// Progress of an import, shared between the readers (bytes of input consumed) and the writer (records stored).
/// Updated from several threads; read by the progress display.
/// </summary>
public sealed class ImportProgress
{
    private long _bytesDone;
    private long _records;

    /// <summary>Total bytes of all input files, known before reading starts.</summary>
    public long BytesTotal { get; set; }

    public long BytesDone => Interlocked.Read(ref _bytesDone);

    /// <summary>Records stored or rejected so far.</summary>
    public long Records => Interlocked.Read(ref _records);

    public void AddBytes(long bytes) => Interlocked.Add(ref _bytesDone, bytes);

    public void AddRecords(long count) => Interlocked.Add(ref _records, count);

    /// <summary>Fraction of the input read, 0 to 1.</summary>
    public double Fraction => BytesTotal <= 0 ? 0 : Math.Clamp((double)BytesDone / BytesTotal, 0, 1);
}
