using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;
using Trialdex.Core.Store;

namespace Trialdex.Web.Features.Prescreen;

/// <summary>
/// <c>POST /api/prescreen</c>: a patient in, the stored trials they may qualify for out, ranked and explained.
/// The body is read by its content type: <c>text/plain</c> is a clinical note; <c>application/json</c> is a FHIR
/// Bundle when <c>"resourceType": "Bundle"</c>, a note when it is <c>{"note": "..."}</c>, and the patient JSON shape
/// otherwise. Query parameters: <c>near</c> (a place; without it, a <c>radius</c> is around the patient's own
/// location), <c>radius</c> (default 100km), <c>limit</c> (1-100, default
/// 10), <c>allStatuses</c> (default false: recruiting trials only), <c>allOpen</c> (default false: true also screens
/// every open trial of the store and counts the verdicts; not with allStatuses). Unreadable input is a 400 problem naming places
/// in the input, never its words. The patient is held in memory for the request only: never logged, never stored.
/// </summary>
internal static class PrescreenApi
{
    /// <summary>The largest body read, in bytes: a long note or a FHIR bundle of a few thousand resources.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapPrescreenApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/prescreen").WithTags("Prescreen");
        group.MapPost("/", PrescreenAsync).WithName("Prescreen").Accepts<string>("text/plain", "application/json");
        return routes;
    }

    private static async Task<Results<Ok<PrescreenResponse>, ProblemHttpResult>> PrescreenAsync(
        HttpContext context, IStudyStore store, string? near, string? radius, int? limit, bool? allStatuses, bool? allOpen, CancellationToken ct)
    {
        if (allOpen == true && allStatuses == true)
        {
            return Problem("allOpen", "screens the open trials; it cannot be combined with allStatuses");
        }

        if (limit is < 1 or > 100)
        {
            return Problem("limit", "must be a whole number from 1 to 100");
        }

        MatchArea? area = null;
        if (!string.IsNullOrWhiteSpace(near) && (area = MatchArea.Resolve(near, radius, Gazetteer.Bundled, out var placeError)) is null)
        {
            return Problem(placeError!.StartsWith("the radius", StringComparison.Ordinal) ? "radius" : "near", placeError);
        }

        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/plain" or "application/json"))
        {
            return TypedResults.Problem(title: "Unsupported patient format", detail: "Send the patient as text/plain (a clinical note) or application/json (patient JSON, a FHIR Bundle, or {\"note\": \"...\"}).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (await ReadBodyAsync(context.Request, ct) is not { } body)
        {
            return TypedResults.Problem(title: "Patient too large", detail: $"The body is over {MaxBodyBytes / (1024 * 1024)} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var vocabulary = await store.GetVocabularyAsync(ct);
        var read = mediaType == "text/plain"
            ? new PatientInputResult(PatientInputKind.Note, ClinicalNoteReader.Read(body, vocabulary))
            : PatientInput.Read(body, asOf, vocabulary);
        if (read.Result.Patient is not { } patient)
        {
            return TypedResults.Problem(
                title: "Unreadable patient", detail: "The body is not a patient this server can read; see problems.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["problems"] = PrescreenMapping.Map(read, null).Problems });
        }

        var circle = area?.Distance;
        if (area is null && !string.IsNullOrWhiteSpace(radius) && (circle = MatchArea.AroundPatient(patient.Location, radius, Gazetteer.Bundled, out var locationError)) is null)
        {
            return Problem(locationError!.StartsWith("the radius", StringComparison.Ordinal) ? "radius" : "near", locationError);
        }

        try
        {
            var options = new MatchOptions { Near = circle, AllStatuses = allStatuses ?? false, AllOpen = allOpen ?? false, Limit = limit ?? 10 };
            return TypedResults.Ok(PrescreenMapping.Map(read, await TrialMatcher.MatchAsync(store, patient, options, ct)));
        }
        catch (SearchException ex)
        {
            return Problem(ex.Parameter, ex.Message);
        }
    }

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ProblemHttpResult Problem(string parameter, string message) =>
        TypedResults.Problem(title: "Invalid prescreen parameters", detail: $"{parameter}: {message}", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
