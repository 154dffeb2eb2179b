using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Store;
using Trialdex.Web.Features.Errors;
using Trialdex.Web.Features.Layout;
using Trialdex.Web.Features.Studies;

namespace Trialdex.Web.Features.Trials;

/// <summary><c>/trial/{id}</c>: the trial page, and the trial as JSON (the stored record), RIS and CSV.</summary>
internal static class TrialPages
{
    public static string Url(string id) => "/trial/" + Uri.EscapeDataString(id);

    public static IEndpointRouteBuilder MapTrialPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/trial").ExcludeFromDescription();
        group.MapGet("/{id}", PageAsync);
        group.MapGet("/{id}.json", JsonAsync);
        group.MapGet("/{id}.ris", RisAsync);
        group.MapGet("/{id}.csv", CsvAsync);
        return routes;
    }

    private static async Task<IResult> PageAsync(string id, IStudyStore store, CancellationToken ct)
    {
        if (await StoredStudies.LoadAsync(store, id, ct) is not { } loaded)
        {
            return ErrorPages.NotFound(id);
        }

        var related = await RelatedTrials.FindAsync(store, loaded.Study, loaded.Page.Id, ct);
        return new RazorComponentResult<TrialPage>(new { View = new TrialView(loaded.Page, related) });
    }

    private static async Task<IResult> JsonAsync(string id, IStudyStore store, CancellationToken ct) =>
        await StoredStudies.LoadAsync(store, id, ct) is { } loaded
            ? TypedResults.File(loaded.Stored.Json.ToArray(), "application/json", loaded.Page.Id + ".json")
            : ErrorPages.NotFound(id);

    private static async Task<IResult> RisAsync(string id, HttpContext context, IStudyStore store, CancellationToken ct)
    {
        if (await StoredStudies.LoadAsync(store, id, ct) is not { } loaded)
        {
            return ErrorPages.NotFound(id);
        }

        var url = new Uri($"{context.Request.Scheme}://{context.Request.Host}{Url(loaded.Page.Id)}");
        var ris = StudyFormats.Ris(loaded.Study, loaded.Page, url);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ris), StudyFormats.RisContentType, loaded.Page.Id + ".ris");
    }

    private static async Task<IResult> CsvAsync(string id, IStudyStore store, CancellationToken ct)
    {
        if (await StoredStudies.LoadAsync(store, id, ct) is not { } loaded)
        {
            return ErrorPages.NotFound(id);
        }

        var csv = StudyFormats.Csv([loaded.Stored.Json], FieldSelection.Parse(null));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), StudyFormats.CsvContentType, loaded.Page.Id + ".csv");
    }
}
