namespace Trialdex.Core.Eligibility.Screening;

/// <summary>One patient screened against one trial: the verdict, and every criterion with its own verdict.</summary>
/// <param name="Verdict">Likely, possibly or not eligible.</param>
/// <param name="Criteria">The registry fields first, then the criteria in text order.</param>
public sealed record TrialScreening(TrialVerdict Verdict, IReadOnlyList<CriterionScreening> Criteria)
{
    /// <summary>The criterion that rules the patient out (registry fields first), or null when none does.</summary>
    public CriterionScreening? Deciding => Criteria.FirstOrDefault(c => c.RulesOut);

    /// <summary>Every criterion that rules the patient out.</summary>
    public IEnumerable<CriterionScreening> RuledOutBy => Criteria.Where(c => c.RulesOut);

    /// <summary>The criteria left unknown.</summary>
    public IEnumerable<CriterionScreening> Unknowns => Criteria.Where(c => c.Verdict == CriterionVerdict.Unknown);

    /// <summary>The distinct facts that would settle the unknown criteria, in criterion order.</summary>
    public IReadOnlyList<MissingFact> MissingFacts => [.. Unknowns.SelectMany(c => c.Missing).DistinctBy(m => m.Key)];
}
