using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Search;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Finds trials for a patient across the store (screening through its MeSH vocabulary when it has one, as its criteria
/// were parsed with it): the patient's conditions (not denied) become one condition query,
/// OR-combined (searched anywhere in the records when no trial lists them as conditions), optionally within a distance of a place and (by default) among recruiting trials; every candidate
/// is screened and ranked by <see cref="MatchScore"/> of its <see cref="ConditionRelevance"/> and screening. The patient is never logged or stored.
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
        if (options.AllOpen)
        {
            return await MatchAllOpenAsync(store, patient, options, ct).ConfigureAwait(false);
        }

        var hits = await CandidatesAsync(store, patient, options, ct).ConfigureAwait(false);
        var criteria = await store.GetParsedCriteriaAsync([.. hits.Select(h => h.NctId)], ct).ConfigureAwait(false);
        var vocabulary = await store.GetVocabularyAsync(ct).ConfigureAwait(false);
        var relevance = new Relevance(new ConditionRelevance(patient, vocabulary), Best(hits));
        var matches = new List<TrialMatch>();
        foreach (var hit in hits)
        {
            if (await ScreenAsync(store, patient, hit, relevance, criteria, vocabulary, options, ct).ConfigureAwait(false) is { } match)
            {
                matches.Add(match);
            }
        }

        var ranked = matches.OrderByDescending(m => m.Score).ThenBy(m => m.NctId, StringComparer.Ordinal).ToList();
        return new MatchResult([.. ranked.Take(options.Limit)], OpenQuestions.Rank(ranked.Select(m => m.Screening), options.Questions), matches.Count);
    }

    /// <summary>
    /// Screens every open trial in memory (<see cref="OpenTrialSet"/>) and counts the verdicts; ranks the candidates
    /// by the same scores, and screens only the trials returned again from the store, for their full explanation.
    /// </summary>
    private static async Task<MatchResult> MatchAllOpenAsync(IStudyStore store, Patient patient, MatchOptions options, CancellationToken ct)
    {
        var open = options with { AllStatuses = false };
        var set = await store.GetOpenTrialSetAsync(ct).ConfigureAwait(false);

        // The candidate search (for the ranking) and the screening of every open trial in memory do not depend on each
        // other: the search runs while the trials are screened.
        var searching = Task.Run(() => CandidatesAsync(store, patient, open, ct), ct);
        var screened = set.Screen(patient, open.Units, ct);
        var hits = await searching.ConfigureAwait(false);
        var relevance = new Relevance(new ConditionRelevance(patient, set.Vocabulary), Best(hits));
        // A trial opened by a write since the set was built is screened from the store.
        var others = hits.Where(h => !set.Contains(h.NctId)).Select(h => h.NctId).ToList();
        var criteria = await store.GetParsedCriteriaAsync(others, ct).ConfigureAwait(false);
        var candidates = new List<(string NctId, double Score, TrialScreening? Screening, SearchHit Hit)>();
        foreach (var hit in hits)
        {
            if (set.Contains(hit.NctId))
            {
                candidates.Add((hit.NctId, MatchScore.CombineWeight(relevance.Of(hit, set.Studied(hit.NctId)), screened.WeightOf(hit.NctId)!.Value), null, hit));
            }
            else if (await ScreenAsync(store, patient, hit, relevance, criteria, set.Vocabulary, open, ct).ConfigureAwait(false) is { } match)
            {
                candidates.Add((match.NctId, match.Score, match.Screening, hit));
            }
        }

        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.NctId, StringComparer.Ordinal).ToList();
        var top = ranked.Take(open.Limit).ToList();
        var topCriteria = await store.GetParsedCriteriaAsync([.. top.Select(c => c.NctId)], ct).ConfigureAwait(false);
        var trials = new List<TrialMatch>();
        foreach (var candidate in top)
        {
            if (await ScreenAsync(store, patient, candidate.Hit, relevance, topCriteria, set.Vocabulary, open, ct).ConfigureAwait(false) is { } match)
            {
                trials.Add(match);
            }
        }

        var questions = OpenQuestions.Rank(ranked.Select(c => c.Screening ?? screened.ScreeningOf(c.NctId)!), open.Questions);
        return new MatchResult(trials, questions, candidates.Count)
        {
            AllOpen = new OpenTrialCounts(screened.Screened, screened.LikelyEligible, screened.PossiblyEligible, screened.NotEligible),
        };
    }

    /// <summary>The candidate search's hits: the patient's conditions among the trials' conditions, or anywhere in the records when no trial lists them.</summary>
    private static async Task<IReadOnlyList<SearchHit>> CandidatesAsync(IStudyStore store, Patient patient, MatchOptions options, CancellationToken ct)
    {
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

        return page.Hits;
    }

    private static double Best(IReadOnlyList<SearchHit> hits) => hits.Count == 0 ? 0 : hits.Max(h => h.Score);

    /// <summary>A hit's relevance: its search score over the best hit's, mixed with the MeSH match of what it studies.</summary>
    private sealed record Relevance(ConditionRelevance Conditions, double Best)
    {
        public double Of(SearchHit hit, IReadOnlyList<string> studied) => Conditions.Of(hit.Score, Best, studied);
    }

    /// <summary>The full screening of one hit from its stored record and parsed criteria, or null when it is no longer stored.</summary>
    private static async Task<TrialMatch?> ScreenAsync(
        IStudyStore store, Patient patient, SearchHit hit, Relevance relevance, IReadOnlyDictionary<string, Constraints.ParsedCriteria> criteria,
        Vocabulary.MeshVocabulary? vocabulary, MatchOptions options, CancellationToken ct)
    {
        if (await store.FindAsync(hit.NctId, ct).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        var study = StudyJson.Parse(stored.Json.Span).ProtocolSection;
        var screening = Screener.ScreenTrial(patient, study, criteria.GetValueOrDefault(hit.NctId) ?? Constraints.ParsedCriteria.Empty, options.Units, vocabulary);
        var topical = relevance.Of(hit, TrialContext.Studied(study?.ConditionsModule?.Conditions, study?.IdentificationModule?.BriefTitle));
        return new TrialMatch(
            hit.NctId, study?.IdentificationModule?.BriefTitle, study?.StatusModule?.OverallStatus is { } s ? EnumText.ApiValue(s) : null,
            topical, MatchScore.Combine(topical, screening), screening, hit.Nearest);
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
