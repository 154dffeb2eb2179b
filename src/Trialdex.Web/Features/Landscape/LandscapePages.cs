using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Web.Features.Search;

namespace Trialdex.Web.Features.Landscape;

/// <summary>
/// <c>/landscape</c>: charts of the trials a search finds (same parameters as <c>/search</c>), and each chart's
/// numbers as CSV at <c>/landscape.csv?chart=status&amp;…</c>.
/// </summary>
internal static class LandscapePages
{
    public static IEndpointRouteBuilder MapLandscapePages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/landscape", PageAsync).ExcludeFromDescription();
        routes.MapGet("/landscape.csv", CsvAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> PageAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        var query = SearchQuery.From(context.Request.Query);
        var (breakdown, placeName, errors) = await RunAsync(query, store, ct);
        var view = new LandscapeView(query, errors, placeName, breakdown?.Studies ?? 0, breakdown is null ? [] : LandscapeChart.All(breakdown));
        return new RazorComponentResult<LandscapePage>(new { View = view }) { StatusCode = errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
    }

    private static async Task<IResult> CsvAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        var key = context.Request.Query["chart"].ToString();
        if (!LandscapeChart.Keys.Contains(key, StringComparer.Ordinal))
        {
            return TypedResults.Problem(
                title: "Invalid chart", detail: $"chart: '{key}' is not a chart; expected one of {string.Join(", ", LandscapeChart.Keys)}", statusCode: StatusCodes.Status400BadRequest);
        }

        var (breakdown, _, errors) = await RunAsync(SearchQuery.From(context.Request.Query), store, ct);
        if (errors.Count > 0)
        {
            return TypedResults.Problem(title: "Invalid search", detail: string.Join("; ", errors), statusCode: StatusCodes.Status400BadRequest);
        }

        var chart = LandscapeChart.Of(key, breakdown!)!;
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(chart.Csv()), "text/csv; charset=utf-8", $"trialdex-{key}.csv");
    }

    private static async Task<(SearchBreakdown? Breakdown, string? PlaceName, IReadOnlyList<ParameterError> Errors)> RunAsync(SearchQuery query, IStudyStore store, CancellationToken ct)
    {
        var mapped = SearchQueryMapper.Map(query, query.Place is null ? null : Gazetteer.Bundled, size: 1);
        var place = mapped.Place is { } p ? string.Join(", ", new[] { p.Name, p.Admin1, p.Country }.Where(s => !string.IsNullOrEmpty(s))) : null;
        if (mapped.Request is not { } request)
        {
            return (null, place, mapped.Errors);
        }

        try
        {
            return (await store.BreakdownAsync(request, ct), place, []);
        }
        catch (SearchException ex)
        {
            return (null, place, [new ParameterError(SearchQueryMapper.PageParameter(ex.Parameter), ex.Message)]);
        }
    }
}

/// <summary>What the landscape page shows: the query, its problems, how many trials it finds, and the charts.</summary>
public sealed record LandscapeView(SearchQuery Query, IReadOnlyList<ParameterError> Errors, string? PlaceName, long Total, IReadOnlyList<LandscapeChart> Charts)
{
    /// <summary>
    /// The search of the trials a bar counts: this query with the chart's filter set to the bar's value alone (a
    /// value already chosen among others narrows to that one), so its total is the bar's count. Null for bars no
    /// search selects: a value of no filter, or one not chosen where others are (with phase=2 chosen, the "Phase 1"
    /// bar counts phase 1/2 trials, and values within a filter are alternatives, so no URL asks for both).
    /// </summary>
    public string? SearchUrl(LandscapeChart chart, ChartBar bar)
    {
        if (chart.Parameter is not { } parameter || bar.Value is not { } value)
        {
            return null;
        }

        var chosen = Query.Values(parameter);
        if (chosen.Count > 0 && !chosen.Contains(value, StringComparer.Ordinal))
        {
            return null;
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(Query.Filters, StringComparer.Ordinal) { [parameter] = [value] };
        return (Query with { Filters = filters }).Url(withPage: false);
    }

    public string CsvUrl(string chart) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/landscape.csv", Query.Pairs(withPage: false).Where(p => p.Key != "sort").Prepend(new("chart", chart)));
}
