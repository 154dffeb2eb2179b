using System.Text.Json;
using Trialdex.Core.Sample;

namespace Trialdex.Core.Tests.Sample;

/// <summary>Opens a bundled sample by id and reads values along a path of property names.</summary>
internal static class SampleJson
{
    public static JsonDocument Open(string id) =>
        JsonDocument.Parse(SampleStudies.All.Single(s => s.Name == id).Utf8Json);

    public static JsonElement? At(this JsonDocument json, string path)
    {
        var element = json.RootElement;
        foreach (var name in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    public static string? Text(this JsonDocument json, string path) => json.At(path)?.ToString();
}
