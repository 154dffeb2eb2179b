using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies.Page;
using Trialdex.Web.Features.Errors;
using Trialdex.Web.Features.Layout;
using Trialdex.Web.Features.Prescreen;

namespace Trialdex.Web.Features.Qualify;

/// <summary>
/// <c>/qualify</c>: "Could I qualify?", the pre-screen form (GET) and its results (POST). The patient is sent by
/// POST so that it is never in a URL, the browser's history, a server's access log or a Referer; it is held in
/// memory for the request only, never logged and never stored, and every answer is <c>Cache-Control: no-store</c>.
/// No antiforgery token: the form changes nothing on the server and no cookie or login rides along with it, so a
/// forged cross-site POST could only compute results that the forging site cannot read; a token would also need a
/// cookie, which this page does not want to set.
/// </summary>
internal static class QualifyPages
{
    /// <summary>The page screening against one trial: <c>/qualify?trial=NCT…</c>.</summary>
    public static string Url(string trialId) => "/qualify?trial=" + Uri.EscapeDataString(trialId);

    public static IEndpointRouteBuilder MapQualifyPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/qualify", PageAsync).ExcludeFromDescription();
        routes.MapPost("/qualify", SubmitAsync).ExcludeFromDescription().DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> PageAsync(HttpContext context, IStudyStore store, string? trial, CancellationToken ct)
    {
        NoStore(context);
        var form = new QualifyForm { Trial = string.IsNullOrWhiteSpace(trial) ? null : trial.Trim() };
        var one = form.Trial is null ? null : await StoredStudies.LoadAsync(store, form.Trial, ct);
        if (form.Trial is not null && one is null)
        {
            return ErrorPages.NotFound(form.Trial);
        }

        return Page(new QualifyView(form with { Trial = one?.Page.Id }, new QualifyErrors(), one?.Page, null));
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        NoStore(context);
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(title: "Unsupported form", detail: "Send the form as application/x-www-form-urlencoded or multipart/form-data.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = QualifyForm.Read(await context.Request.ReadFormAsync(ct));
        var one = form.Trial is null ? null : await StoredStudies.LoadAsync(store, form.Trial, ct);
        if (form.Trial is not null && one is null)
        {
            return ErrorPages.NotFound(form.Trial);
        }

        var errors = form.Validate();
        MatchArea? area = null;
        if (one is null && form.Place is not null && errors.For("radius").Count == 0
            && (area = MatchArea.Resolve(form.Place, form.Radius, Gazetteer.Bundled, out var placeError)) is null)
        {
            errors.Add("place", char.ToUpperInvariant(placeError![0]) + placeError[1..] + ".");
        }

        if (errors.Count > 0)
        {
            return Page(new QualifyView(form, errors, one?.Page, null), StatusCodes.Status400BadRequest);
        }

        var vocabulary = await store.GetVocabularyAsync(ct);
        var read = form.ReadPatient(vocabulary);
        errors.Add(read.Result.Problems);
        if (read.Result.Patient is not { } patient)
        {
            return Page(new QualifyView(form, errors, one?.Page, null), StatusCodes.Status400BadRequest);
        }

        try
        {
            var result = one is null
                ? await TrialMatcher.MatchAsync(store, patient, new MatchOptions { Near = area?.Distance, AllStatuses = !form.RecruitingOnly, Limit = 10 }, ct)
                : await ScreenOneAsync(store, patient, one, vocabulary, ct);
            var response = PrescreenMapping.Map(read, result);
            var trials = new List<QualifyTrial>();
            foreach (var match in response.Trials)
            {
                var loaded = one?.Page.Id == match.NctId ? one : await StoredStudies.LoadAsync(store, match.NctId, ct);
                trials.Add(new QualifyTrial(match, loaded?.Page, loaded?.Study.ProtocolSection?.EligibilityModule?.EligibilityCriteria));
            }

            var results = new QualifyResults(response, trials, area?.Place.Name, form.Note);
            return Page(new QualifyView(form, errors, one?.Page, results));
        }
        catch (SearchException ex)
        {
            errors.Add("form", ex.Message);
            return Page(new QualifyView(form, errors, one?.Page, null), StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>One trial screened whatever its status or conditions, as the matcher screens each candidate.</summary>
    private static async Task<MatchResult> ScreenOneAsync(IStudyStore store, Patient patient, LoadedStudy trial, Trialdex.Core.Vocabulary.MeshVocabulary? vocabulary, CancellationToken ct)
    {
        var id = trial.Page.Id;
        var criteria = await store.GetParsedCriteriaAsync([id], ct);
        var screening = Screener.ScreenTrial(
            patient, trial.Study.ProtocolSection,
            criteria.GetValueOrDefault(id) ?? Trialdex.Core.Eligibility.Constraints.ParsedCriteria.Empty,
            Trialdex.Core.Eligibility.Units.UnitVocabulary.Bundled,
            vocabulary);
        var status = trial.Study.ProtocolSection?.StatusModule?.OverallStatus is { } s ? Trialdex.Core.Studies.EnumText.ApiValue(s) : null;
        var match = new TrialMatch(id, trial.Page.Title, status, 1, MatchScore.Combine(1, screening), screening, null);
        return new MatchResult([match], OpenQuestions.Rank([screening]), 1);
    }

    private static RazorComponentResult<QualifyPage> Page(QualifyView view, int status = StatusCodes.Status200OK) =>
        new(new { View = view }) { StatusCode = status };

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
