using System.Text.Encodings.Web;
using System.Text.Json;

namespace Trialdex.Cli;

/// <summary>JSON settings for what the CLI prints.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
