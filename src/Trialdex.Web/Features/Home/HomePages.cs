using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Store;

namespace Trialdex.Web.Features.Home;

/// <summary><c>/</c>: the home page.</summary>
internal static class HomePages
{
    public static IEndpointRouteBuilder MapHomePages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", HomeAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<RazorComponentResult<HomePage>> HomeAsync(IStudyStore store, CancellationToken ct) =>
        new(new { Summary = HomeSummary.From(await store.GetStatisticsAsync(ct)) });
}
