using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Trialdex.Core.Studies;

/// <summary>Reads API v2 study JSON into <see cref="Study"/>, strictly: every typed value must be valid.</summary>
public static class StudyJson
{
    /// <summary>Parses one study object (UTF-8 JSON); throws <see cref="StudyFormatException"/> naming the bad value and its path.</summary>
    public static Study Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, StudyJsonContext.Default.Study)
                ?? throw new StudyFormatException("The document is null, not a study object", "$");
        }
        catch (JsonException e)
        {
            throw new StudyFormatException($"{Describe(e)} at {e.Path ?? "$"}", e.Path, e);
        }
    }

    /// <summary>Parses one study object; on failure returns false with the same message <see cref="Parse"/> would throw.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Study? study, [NotNullWhen(false)] out string? error)
    {
        try
        {
            study = Parse(utf8Json);
            error = null;
            return true;
        }
        catch (StudyFormatException e)
        {
            study = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Writes a study as API v2 JSON (only the typed fields).</summary>
    public static byte[] ToUtf8Bytes(Study study) => JsonSerializer.SerializeToUtf8Bytes(study, StudyJsonContext.Default.Study);

    // When the reader fails on a value ("Cannot get the value of a token type 'String' as a number"), the serializer wraps it
    // in "could not be converted to <the enclosing type>"; the reader's message says more. The serializer also appends
    // " Path: $.x | LineNumber: 0 | BytePositionInLine: 5." to its own messages; the path is reported separately.
    private static string Describe(JsonException e)
    {
        var message = e.InnerException is InvalidOperationException or FormatException ? e.InnerException.Message : e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
