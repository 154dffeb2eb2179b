using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Web.Features.Layout;

namespace Trialdex.Web.Features.Trials;

/// <summary>
/// "See also": other stored trials that share a MeSH condition or intervention term with a study, found with the
/// store's own search (<c>AREA[ConditionMeshTerm]"…" OR AREA[InterventionMeshTerm]"…"</c>), best matches first.
/// </summary>
internal static class RelatedTrials
{
    private const int Shown = 8;
    private const int MaxTerms = 12;

    public static async Task<IReadOnlyList<RelatedTrial>> FindAsync(IStudyStore store, Study study, string selfId, CancellationToken ct)
    {
        var terms = Terms("ConditionMeshTerm", study.DerivedSection?.ConditionBrowseModule)
            .Concat(Terms("InterventionMeshTerm", study.DerivedSection?.InterventionBrowseModule))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var parsed = SearchParameters.Parse([new("filter.advanced", string.Join(" OR ", terms)), new("pageSize", $"{Shown + 1}")]);
        if (parsed.Request is not { } request)
        {
            return [];
        }

        SearchResult result;
        try
        {
            result = await store.SearchAsync(request, ct);
        }
        catch (SearchException)
        {
            return [];
        }

        var related = new List<RelatedTrial>();
        foreach (var hit in result.Hits.Where(h => !h.NctId.Equals(selfId, StringComparison.OrdinalIgnoreCase)).Take(Shown))
        {
            if (await StoredStudies.LoadAsync(store, hit.NctId, ct) is { Page: var page })
            {
                related.Add(new RelatedTrial(page.Id, page.Title, page.Status, page.Phases));
            }
        }

        return related;
    }

    private static IEnumerable<string> Terms(string field, BrowseModule? browse) =>
        (browse?.Meshes ?? []).Select(mesh => mesh.Term).OfType<string>()
            .Select(term => term.Replace("\"", "", StringComparison.Ordinal).Trim())
            .Where(term => term.Length > 0)
            .Select(term => $"AREA[{field}]\"{term}\"");
}
