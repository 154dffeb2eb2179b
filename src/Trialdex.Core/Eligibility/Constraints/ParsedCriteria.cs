namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>A trial's eligibility text as computable constraints: every criterion and sub-criterion, in text order.</summary>
/// <param name="Criteria">The criteria, parents before their sub-criteria.</param>
public sealed record ParsedCriteria(IReadOnlyList<ParsedCriterion> Criteria)
{
    /// <summary>The parse of an empty text.</summary>
    public static ParsedCriteria Empty { get; } = new([]);

    /// <summary>Every constraint of every criterion, in text order.</summary>
    public IEnumerable<Constraint> Constraints => Criteria.SelectMany(c => c.Constraints);
}
