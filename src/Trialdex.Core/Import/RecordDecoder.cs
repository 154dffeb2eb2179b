using System.Text.Unicode;
using Trialdex.Core.Import.Xml;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Import;

/// <summary>
/// Turns a raw record into a validated <see cref="StudyDocument"/>, or a reject saying why: text that is not
/// UTF-8, malformed JSON or XML, an enum value not in the API's list, a missing or malformed NCT id.
/// Legacy XML is mapped to the API v2 shape and its original bytes kept beside it.
/// </summary>
public static class RecordDecoder
{
    /// <summary>Decodes <paramref name="record"/>; its criteria are parsed with <paramref name="vocabulary"/> when given.</summary>
    public static DecodedRecord Decode(RawRecord record, Vocabulary.MeshVocabulary? vocabulary = null)
    {
        var read = Read(record);
        if (read.Study is not { } study)
        {
            return new DecodedRecord(null, read.Reject);
        }

        try
        {
            return new DecodedRecord(StudyDocument.Create(read.NctId!, read.Json, study, record.Format, record.SourceFile, record.Position, read.Original, record.Deflated, vocabulary), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new DecodedRecord(null, CouldNotRead(record, ex).Reject);
        }
    }

    /// <summary>The record's typed study and its NCT id, without what a store derives from it; null when it would be rejected.</summary>
    public static (string NctId, Study Study)? ReadStudy(RawRecord record) =>
        Read(record) is { Study: { } study, NctId: { } nctId } ? (nctId, study) : null;

    private static ReadRecord Read(RawRecord record)
    {
        try
        {
            return record.Format == SourceFormat.LegacyXml ? ReadXml(record) : ReadJson(record, record.Payload, original: null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return CouldNotRead(record, ex);
        }
    }

    private static ReadRecord ReadXml(RawRecord record)
    {
        byte[] mapped;
        try
        {
            mapped = LegacyXmlMapper.MapToUtf8(record.Payload);
        }
        catch (LegacyXmlException ex)
        {
            return Reject(record, ex.Message);
        }

        return ReadJson(record, mapped, record.Payload);
    }

    private static ReadRecord ReadJson(RawRecord record, ReadOnlyMemory<byte> json, ReadOnlyMemory<byte>? original)
    {
        if (!Utf8.IsValid(json.Span))
        {
            return Reject(record, $"text is not valid UTF-8 (first bad byte at offset {FirstInvalidByte(json.Span)} of the record)");
        }

        if (!StudyJson.TryParse(json.Span, out var study, out var error))
        {
            return Reject(record, error ?? "not a valid API v2 study");
        }

        var nctId = study!.NctId?.Trim();
        if (string.IsNullOrEmpty(nctId))
        {
            return Reject(record, "missing NCT id (protocolSection.identificationModule.nctId)");
        }

        if (!StudyIds.IsValid(nctId))
        {
            return Reject(record, $"malformed NCT id '{nctId}': expected NCT followed by 8 digits (or a LOCAL- id for a locally written record)");
        }

        return new ReadRecord(StudyIds.Normalize(nctId), json, study, original, null);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static ReadRecord CouldNotRead(RawRecord record, Exception ex) => Reject(record, "could not be read: " + ex.Message);

    private static ReadRecord Reject(RawRecord record, string reason) =>
        new(null, default, null, null, new RecordReject(record.SourceFile, record.Position, reason));

    /// <summary>A record read and validated (study set), or why not (reject set).</summary>
    private readonly record struct ReadRecord(string? NctId, ReadOnlyMemory<byte> Json, Study? Study, ReadOnlyMemory<byte>? Original, RecordReject? Reject);
}

/// <summary>The result of decoding one record: exactly one of the two is set.</summary>
public sealed record DecodedRecord(StudyDocument? Document, RecordReject? Reject);
