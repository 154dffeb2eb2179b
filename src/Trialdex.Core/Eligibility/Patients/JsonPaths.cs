using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>JSON paths and value descriptions for problem messages, which never quote a value.</summary>
internal static class JsonPaths
{
    private const int LongestName = 40;

    /// <summary>"$.age" for a plain name, "$['odd name']" otherwise.</summary>
    public static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{Shorten(name)}']";

    /// <summary>A property name cut to a readable length, with control characters replaced.</summary>
    public static string Shorten(string name)
    {
        var cut = name.Length > LongestName ? name[..LongestName] + "…" : name;
        return new string([.. cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
    }

    /// <summary>"a string", "a number", "an array"…: what a value is, not what it says.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
