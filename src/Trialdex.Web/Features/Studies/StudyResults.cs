using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Trialdex.Web.Features.Studies;

/// <summary>One study's stored JSON, written as it was imported.</summary>
internal sealed class StudyJsonResult(ReadOnlyMemory<byte> json) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json";
        await httpContext.Response.Body.WriteAsync(json);
    }
}

/// <summary>A search page in API v2's shape: <c>{"studies":[…],"nextPageToken":…,"totalCount":…}</c>.</summary>
internal sealed class StudyPageResult(IReadOnlyList<ReadOnlyMemory<byte>> studies, FieldSelection selection, string? nextPageToken, long? totalCount) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body);
        writer.WriteStartObject();
        if (totalCount is { } total)
        {
            writer.WriteNumber("totalCount", total);
        }

        writer.WriteStartArray("studies");
        foreach (var study in studies)
        {
            if (selection.IsAll)
            {
                writer.WriteRawValue(study.Span, skipInputValidation: true);
            }
            else
            {
                selection.Select(JsonNode.Parse(study.Span)!.AsObject()).WriteTo(writer);
            }
        }

        writer.WriteEndArray();
        if (nextPageToken is not null)
        {
            writer.WriteString("nextPageToken", nextPageToken);
        }

        writer.WriteEndObject();
    }
}

/// <summary>A search page as CSV: one row per study, one column per selected field (stable piece names), lists joined by '|'.</summary>
internal sealed class StudyCsvResult(IReadOnlyList<ReadOnlyMemory<byte>> studies, FieldSelection selection) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = StudyFormats.CsvContentType;
        await httpContext.Response.WriteAsync(StudyFormats.Csv(studies, selection));
    }
}
