using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trialdex.Core.Sample;
using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Core.Tests.Studies.Page;

/// <summary>Builds the page of a bundled sample and writes it as JSON, to compare with the expected facts of its seed page.</summary>
internal static class PageJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static StudyPage Of(string sampleId) =>
        StudyPage.From(StudyJson.Parse(SampleStudies.All.Single(s => s.Name == sampleId).Utf8Json.Span));

    public static JsonObject ToJson(StudyPage page) =>
        JsonSerializer.SerializeToNode(page, Options)!.AsObject();

    public static string Write(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
