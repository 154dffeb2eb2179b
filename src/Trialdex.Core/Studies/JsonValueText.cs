using System.Text.Json;

namespace Trialdex.Core.Studies;

/// <summary>Quotes the offending JSON value for an error message, shortened when long.</summary>
internal static class JsonValueText
{
    private const int MaxLength = 80;

    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Quote(reader.GetString() ?? string.Empty),
        JsonTokenType.Number => "the number " + Shorten(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => reader.TokenType.ToString(),
    };

    public static string Quote(string text) => "'" + Shorten(text) + "'";

    private static string Shorten(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
}
