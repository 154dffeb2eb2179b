using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Search;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Finds trials for a patient across the store: the patient's conditions (not denied) become one condition query,
/// OR-combined (searched anywhere in the records when no trial lists them as conditions), optionally within a distance of a place and (by default) among recruiting trials; every candidate
/// is screened and ranked by <see cref="MatchScore"/>. The patient is never logged or stored.
/// </summary>
public static class TrialMatcher
{
    /// <summary>The statuses of trials a patient could still join, searched by default.</summary>
    public static IReadOnlyList<string> OpenStatuses { get; } = ["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"];

    /// <summary>Screens and ranks the candidate trials for <paramref name="patient"/>.</summary>
    /// <exception cref="SearchException">The store cannot run the candidate search.</exception>
    public static async Task<MatchResult> MatchAsync(IStudyStore store, Patient patient, MatchOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(options);
        var request = Request(patient, options);
        var page = await store.SearchAsync(request, ct).ConfigureAwait(false);
        if (page.Hits.Count == 0 && request.Areas.TryGetValue(SearchArea.Condition, out var conditions))
        {
            // No trial lists the conditions as its own: look for them anywhere in the records instead.
            request = request with
            {
                Areas = new Dictionary<SearchArea, QueryNode> { [SearchArea.Term] = conditions },
                AreaText = new Dictionary<SearchArea, string> { [SearchArea.Term] = request.AreaText[SearchArea.Condition] },
            };
            page = await store.SearchAsync(request, ct).ConfigureAwait(false);
        }

        var ids = page.Hits.Select(h => h.NctId).ToList();
        var criteria = await store.GetParsedCriteriaAsync(ids, ct).ConfigureAwait(false);
        var best = page.Hits.Count == 0 ? 0 : page.Hits.Max(h => h.Score);
        var matches = new List<TrialMatch>();
        foreach (var hit in page.Hits)
        {
            if (await store.FindAsync(hit.NctId, ct).ConfigureAwait(false) is not { } stored)
            {
                continue;
            }

            var study = StudyJson.Parse(stored.Json.Span).ProtocolSection;
            var screening = Screener.ScreenTrial(patient, study, criteria.GetValueOrDefault(hit.NctId) ?? Constraints.ParsedCriteria.Empty, options.Units);
            var relevance = best > 0 ? hit.Score / best : 1;
            matches.Add(new TrialMatch(
                hit.NctId, study?.IdentificationModule?.BriefTitle, study?.StatusModule?.OverallStatus is { } s ? EnumText.ApiValue(s) : null,
                relevance, MatchScore.Combine(relevance, screening), screening, hit.Nearest));
        }

        var ranked = matches.OrderByDescending(m => m.Score).ThenBy(m => m.NctId, StringComparer.Ordinal).ToList();
        return new MatchResult([.. ranked.Take(options.Limit)], OpenQuestions.Rank(ranked.Select(m => m.Screening), options.Questions), matches.Count);
    }

    /// <summary>The candidate search: the condition query, the place and the statuses.</summary>
    internal static SearchRequest Request(Patient patient, MatchOptions options)
    {
        var terms = patient.Conditions.Where(c => !c.Negated)
            .SelectMany(c => new[] { c.Text, c.MeshName })
            .OfType<string>()
            .Select(Terms.Normalize)
            .Where(t => t.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .Take(20)
            .ToList();
        var areas = new Dictionary<SearchArea, QueryNode>();
        var areaText = new Dictionary<SearchArea, string>();
        if (terms.Count > 0)
        {
            var text = string.Join(" OR ", terms.Select(t => "\"" + t + "\""));
            if (QueryParser.Parse(text).Query is { } query)
            {
                areas[SearchArea.Condition] = query;
                areaText[SearchArea.Condition] = text;
            }
        }

        return new SearchRequest
        {
            Areas = areas,
            AreaText = areaText,
            Geo = options.Near,
            Filter = new StudyFilter { OverallStatus = options.AllStatuses ? [] : OpenStatuses },
            PageSize = Math.Clamp(options.Candidates, 1, SearchParameters.MaxPageSize),
        };
    }
}
