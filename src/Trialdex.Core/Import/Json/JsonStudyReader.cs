using System.Text;
using System.Text.Json;

namespace Trialdex.Core.Import.Json;

/// <summary>
/// Splits API v2 JSON input into study objects without loading it whole: a single study object, a JSON array of
/// studies (the website's <c>ctg-studies.json</c>), an API page <c>{"studies":[…],"nextPageToken":…}</c>,
/// concatenated or newline-delimited objects. Memory is bounded by the largest single study, not the file.
/// Bad input yields <see cref="RecordReject"/> items; nothing here throws for malformed data.
/// </summary>
public static class JsonStudyReader
{
    internal const string ClassicApiReason =
        "retired classic-API FullStudiesResponse format is not imported (its field names and structure differ from API v2); " +
        "download the study again from ClinicalTrials.gov API v2 (GET /api/v2/studies/{nctId}) or the website's JSON download";

    /// <summary>Reads every study object in <paramref name="stream"/>, a file named <paramref name="sourceFile"/>.</summary>
    public static IEnumerable<ImportItem> Read(Stream stream, string sourceFile, ImportProgress? progress = null)
    {
        return IsLineDelimited(sourceFile)
            ? ReadLines(stream, sourceFile, progress)
            : new JsonValueSplitter(stream, sourceFile, "", progress).Split();
    }

    /// <summary>True for names whose content is one JSON value a line.</summary>
    public static bool IsLineDelimited(string name) =>
        name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ImportItem> ReadLines(Stream stream, string sourceFile, ImportProgress? progress)
    {
        var lineNumber = 0;
        foreach (var line in LineSplitter.Lines(stream, progress))
        {
            lineNumber++;
            if (IsBlank(line.Span))
            {
                continue;
            }

            using var lineStream = new MemoryStream(line.ToArray(), writable: false);
            var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {lineNumber}");
            foreach (var item in new JsonValueSplitter(lineStream, sourceFile, prefix, progress: null).Split())
            {
                yield return item;
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Describe(JsonException ex) =>
        new StringBuilder(ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd(' ', '.')).ToString();
}
