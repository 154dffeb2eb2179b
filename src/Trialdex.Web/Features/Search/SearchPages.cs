using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Web.Features.Layout;
using Trialdex.Web.Features.Studies;

namespace Trialdex.Web.Features.Search;

/// <summary><c>/search</c>: the results page, and the same query as an Atom feed, CSV and JSON.</summary>
internal static class SearchPages
{
    private const int FeedSize = 25;

    public static IEndpointRouteBuilder MapSearchPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/search", PageAsync).ExcludeFromDescription();
        routes.MapGet("/search.atom", AtomAsync).ExcludeFromDescription();
        routes.MapGet("/search.csv", (HttpContext context, IStudyStore store, CancellationToken ct) => DownloadAsync(context, store, csv: true, ct)).ExcludeFromDescription();
        routes.MapGet("/search.json", (HttpContext context, IStudyStore store, CancellationToken ct) => DownloadAsync(context, store, csv: false, ct)).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> PageAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        var query = SearchQuery.From(context.Request.Query);
        var (mapped, result, errors) = await RunAsync(query, store, null, null, ct);
        if (errors.Count > 0)
        {
            var invalid = new SearchView(query, errors, null, 0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), 1, SearchQuery.DefaultSize);
            return new RazorComponentResult<SearchPage>(new { View = invalid }) { StatusCode = StatusCodes.Status400BadRequest };
        }

        var items = new List<SearchResultItem>();
        foreach (var hit in result!.Hits)
        {
            if (await StoredStudies.LoadAsync(store, hit.NctId, ct) is { } loaded)
            {
                items.Add(new SearchResultItem(loaded.Page, hit.Nearest));
            }
        }

        var place = mapped.Place is { } p ? string.Join(", ", new[] { p.Name, p.Admin1, p.Country }.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.OrdinalIgnoreCase)) : null;
        var view = new SearchView(query, [], place, result.TotalCount ?? items.Count, items, result.Facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>(), mapped.Page, mapped.Size);
        return new RazorComponentResult<SearchPage>(new { View = view });
    }

    private static async Task<IResult> AtomAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        var query = SearchQuery.From(context.Request.Query);
        var (_, result, errors) = await RunAsync(query, store, FeedSize, "updated", ct);
        if (errors.Count > 0)
        {
            return Problem(errors);
        }

        var studies = new List<LoadedStudy>();
        foreach (var hit in result!.Hits)
        {
            if (await StoredStudies.LoadAsync(store, hit.NctId, ct) is { } loaded)
            {
                studies.Add(loaded);
            }
        }

        var site = new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
        var title = "Trialdex: " + (query.IsEmpty ? "all trials" : string.Join(", ", new[] { query.Cond, query.Term, query.Place }.OfType<string>()));
        var feed = AtomFeed.Write(title, new Uri(site, query.Url(withPage: false)), new Uri(site, query.Url("/search.atom", withPage: false)), site, studies);
        return TypedResults.Text(feed, AtomFeed.ContentType);
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, IStudyStore store, bool csv, CancellationToken ct)
    {
        var query = SearchQuery.From(context.Request.Query);
        var (_, result, errors) = await RunAsync(query, store, SearchQueryMapper.MaxDownload, null, ct);
        if (errors.Count > 0)
        {
            return Problem(errors);
        }

        var studies = new List<ReadOnlyMemory<byte>>();
        foreach (var hit in result!.Hits)
        {
            if (await store.FindAsync(hit.NctId, ct) is { } stored)
            {
                studies.Add(stored.Json);
            }
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"trialdex-search.{(csv ? "csv" : "json")}\"";
        return csv ? new StudyCsvResult(studies, FieldSelection.Parse(null)) : new StudyPageResult(studies, FieldSelection.Parse(null), null, result.TotalCount);
    }

    private static async Task<(MappedSearch Mapped, SearchResult? Result, IReadOnlyList<ParameterError> Errors)> RunAsync(
        SearchQuery query, IStudyStore store, int? size, string? sort, CancellationToken ct)
    {
        var mapped = SearchQueryMapper.Map(query, query.Place is null ? null : Gazetteer.Bundled, size, sort);
        if (mapped.Request is not { } request)
        {
            return (mapped, null, mapped.Errors);
        }

        try
        {
            return (mapped, await store.SearchAsync(request, ct), []);
        }
        catch (SearchException ex)
        {
            return (mapped, null, [new ParameterError(SearchQueryMapper.PageParameter(ex.Parameter), ex.Message)]);
        }
    }

    private static ProblemHttpResult Problem(IReadOnlyList<ParameterError> errors) =>
        TypedResults.Problem(title: "Invalid search", detail: string.Join("; ", errors), statusCode: StatusCodes.Status400BadRequest);
}
