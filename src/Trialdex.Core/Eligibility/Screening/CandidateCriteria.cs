using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The parsed criteria of candidate trials, got in this one place: today parsed from each stored study's
/// eligibility text; once the store keeps parsed criteria, this becomes a call to the store.
/// </summary>
internal static class CandidateCriteria
{
    public static async Task<IReadOnlyDictionary<string, ParsedCriteria>> LoadAsync(IStudyStore store, IReadOnlyCollection<string> nctIds, CancellationToken ct)
    {
        var parsed = new Dictionary<string, ParsedCriteria>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in nctIds)
        {
            if (await store.FindAsync(id, ct).ConfigureAwait(false) is { } stored)
            {
                var criteria = StudyJson.Parse(stored.Json.Span).ProtocolSection?.EligibilityModule?.EligibilityCriteria;
                parsed[id] = ConstraintExtractor.Parse(criteria);
            }
        }

        return parsed;
    }
}
