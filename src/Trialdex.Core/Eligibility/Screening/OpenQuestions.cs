namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// "What we still need to know": the missing facts that bear on the most trials not yet ruled out. A trial
/// already not eligible is settled, so its unknowns are not counted.
/// </summary>
public static class OpenQuestions
{
    /// <summary>The <paramref name="max"/> facts that bear on the most possibly eligible trials, most first, ties by first appearance.</summary>
    public static IReadOnlyList<PatientQuestion> Rank(IEnumerable<TrialScreening> screenings, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(screenings);
        var counts = new Dictionary<string, (MissingFact Fact, int Trials, int First)>(StringComparer.Ordinal);
        foreach (var screening in screenings.Where(s => s.Verdict == TrialVerdict.PossiblyEligible))
        {
            foreach (var fact in screening.MissingFacts)
            {
                counts[fact.Key] = counts.TryGetValue(fact.Key, out var seen) ? (seen.Fact, seen.Trials + 1, seen.First) : (fact, 1, counts.Count);
            }
        }

        return [.. counts.Values.OrderByDescending(c => c.Trials).ThenBy(c => c.First).Take(Math.Max(0, max))
            .Select(c => new PatientQuestion(c.Fact.Key, c.Fact.Question, c.Trials))];
    }
}
