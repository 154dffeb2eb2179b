using System.Text.Json.Nodes;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Semantic JSON comparison (property order ignored, array order kept) that names where two documents differ.</summary>
internal static class JsonDiff
{
    /// <summary>The first difference as "path: expected X, actual Y", or null when the documents are equal.</summary>
    public static string? First(JsonNode? expected, JsonNode? actual) => All(expected, actual).FirstOrDefault();

    /// <summary>Every difference, depth first, as "path: expected X, actual Y".</summary>
    public static IEnumerable<string> All(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key), StringComparer.Ordinal))
                {
                    foreach (var difference in All(e[key], a[key], $"{path}.{key}"))
                    {
                        yield return difference;
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    foreach (var difference in All(i < e.Count ? e[i] : null, i < a.Count ? a[i] : null, $"{path}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{path}: expected {Show(expected)}, actual {Show(actual)}";
                }

                break;
        }
    }

    private static string Show(JsonNode? node) => node is null ? "(absent)" : node.ToJsonString();
}
