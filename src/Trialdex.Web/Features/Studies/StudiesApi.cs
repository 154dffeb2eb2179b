using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Import;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Web.Features.Studies;

/// <summary>
/// <c>/api/v2/studies</c>: search and single studies in ClinicalTrials.gov API v2's JSON shape, so its clients can
/// point here. Studies are served as the JSON that was imported.
/// </summary>
internal static class StudiesApi
{
    public static IEndpointRouteBuilder MapStudiesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v2/studies").WithTags("Studies");
        group.MapGet("/", SearchAsync).WithName("SearchStudies");
        group.MapGet("/facets", FacetsAsync).WithName("StudyFacets");
        group.MapGet("/{nctId}", GetAsync).WithName("GetStudy");
        return routes;
    }

    private static async Task<IResult> SearchAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        if (Parse(context) is not { } request)
        {
            return ParameterProblem(context);
        }

        SearchResult page;
        try
        {
            page = await store.SearchAsync(request, ct);
        }
        catch (SearchException ex)
        {
            return Problem(ex.Parameter, ex.Message);
        }

        var selection = FieldSelection.Parse(context.Request.Query["fields"]);
        if (selection.Error is { } fieldsError)
        {
            return Problem("fields", fieldsError);
        }

        var studies = new List<ReadOnlyMemory<byte>>();
        foreach (var hit in page.Hits)
        {
            if (await store.FindAsync(hit.NctId, ct) is { } study)
            {
                studies.Add(study.Json);
            }
        }

        return context.Request.Query["format"].ToString() switch
        {
            "" or "json" => new StudyPageResult(studies, selection, page.NextPageToken, page.TotalCount),
            "csv" => new StudyCsvResult(studies, selection),
            var other => Problem("format", $"'{other}' is not a format; expected json or csv"),
        };
    }

    private static async Task<IResult> FacetsAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        if (Parse(context) is not { } request)
        {
            return ParameterProblem(context);
        }

        try
        {
            var result = await store.SearchAsync(request with { WithFacets = true, CountTotal = true, PageSize = 1 }, ct);
            return TypedResults.Ok(new { totalCount = result.TotalCount, facets = result.Facets });
        }
        catch (SearchException ex)
        {
            return Problem(ex.Parameter, ex.Message);
        }
    }

    private static async Task<Results<StudyJsonResult, ContentHttpResult, ProblemHttpResult>> GetAsync(string nctId, HttpContext context, IStudyStore store, CancellationToken ct)
    {
        var format = context.Request.Query["format"].ToString();
        if (format is not ("" or "json" or "ris" or "csv"))
        {
            return Problem("format", $"'{format}' is not a format for one study; expected json, csv or ris");
        }

        var study = StudyIds.IsValid(nctId.Trim()) ? await store.FindAsync(nctId, ct) : null;
        if (study is null)
        {
            return TypedResults.Problem(title: "Study not found", detail: $"No study with id '{nctId}' is stored here.", statusCode: StatusCodes.Status404NotFound);
        }

        return format switch
        {
            "ris" => TypedResults.Text(Ris(study), StudyFormats.RisContentType),
            "csv" => TypedResults.Text(StudyFormats.Csv([study.Json], FieldSelection.Parse(null)), StudyFormats.CsvContentType),
            _ => new StudyJsonResult(study.Json),
        };
    }

    private static string Ris(StoredStudy stored)
    {
        var study = StudyJson.Parse(stored.Json.Span);
        return StudyFormats.Ris(study, StudyPage.From(study), null);
    }

    private static SearchRequest? Parse(HttpContext context)
    {
        var parsed = SearchParameters.Parse(context.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        context.Items[nameof(SearchParseResult)] = parsed;
        return parsed.Request;
    }

    private static IResult ParameterProblem(HttpContext context)
    {
        var parsed = (SearchParseResult)context.Items[nameof(SearchParseResult)]!;
        return TypedResults.ValidationProblem(
            parsed.Errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Invalid search parameters");
    }

    private static ProblemHttpResult Problem(string parameter, string message) =>
        TypedResults.Problem(title: "Invalid search parameters", detail: $"{parameter}: {message}", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
