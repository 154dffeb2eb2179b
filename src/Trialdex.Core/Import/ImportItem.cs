namespace Trialdex.Core.Import;

/// <summary>
/// One thing a reader found in the input: either a record's raw bytes or the reason a part of the input
/// could not be read. Readers never throw for bad input; they yield a <see cref="RecordReject"/> instead.
/// </summary>
public abstract record ImportItem(string SourceFile, string Position);

/// <summary>The raw bytes of one study record (API v2 JSON object or one legacy XML document).</summary>
public sealed record RawRecord(string SourceFile, string Position, SourceFormat Format, ReadOnlyMemory<byte> Payload)
    : ImportItem(SourceFile, Position)
{
    /// <summary>
    /// The payload as a raw deflate stream, when the record came compressed (a zip entry): the store keeps it as the
    /// compressed original instead of compressing the payload again. Empty when there is none.
    /// </summary>
    public ReadOnlyMemory<byte> Deflated { get; init; }
}

/// <summary>A record or part of the input that was not imported, with where it was and why.</summary>
public sealed record RecordReject(string SourceFile, string Position, string Reason)
    : ImportItem(SourceFile, Position);

/// <summary>A file that holds no study records (for example a README beside the data) and was passed over.</summary>
public sealed record SkippedFile(string SourceFile, string Reason)
    : ImportItem(SourceFile, "");
