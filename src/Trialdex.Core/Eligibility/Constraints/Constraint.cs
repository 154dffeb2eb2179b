using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// One computable condition read from a criterion, such as "platelets &lt; 50 ×10⁹/L", "age between 20 and 40
/// years" or "not pregnant", with where it was written so that a screener can explain itself by highlighting it.
/// Constraints of one criterion hold together (AND) unless they share an <see cref="OrGroup"/>.
/// </summary>
public sealed record Constraint
{
    /// <summary>What the constraint is about.</summary>
    public required ConstraintKind Kind { get; init; }

    /// <summary>
    /// What is compared or named: a canonical name for known fields ("platelets", "HbA1c", "age", "ECOG", "sex"),
    /// otherwise the words the criterion uses ("submucosal fibroids", "uterine size"), or the whole text.
    /// </summary>
    public required string Field { get; init; }

    /// <summary>The comparison, or null for a constraint that only names something (a condition, pregnancy).</summary>
    public ComparisonOperator? Operator { get; init; }

    /// <summary>The numbers compared with, in the order written (ranges low first); empty for named values.</summary>
    public IReadOnlyList<decimal> Values { get; init; } = [];

    /// <summary>The values as written ("1,500", "III", "twenty", "female"), one per value.</summary>
    public IReadOnlyList<string> ValueTexts { get; init; } = [];

    /// <summary>The unit as written ("×10⁹/L", "ng/mL", "years", "×ULN"), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>The values in a canonical unit, or null when there is no unit or it is not known.</summary>
    public NormalizedQuantity? Normalized { get; init; }

    /// <summary>Ages and durations as registry times ("20 Years"), to compare with a study's minimum and maximum age.</summary>
    public IReadOnlyList<NormalizedTime> Times { get; init; } = [];

    /// <summary>A class that the values stand for ("Moderate" for an IUA score of 9-18), or null.</summary>
    public string? Label { get; init; }

    /// <summary>Negation, history and recency qualifiers.</summary>
    public ConstraintFlags Flags { get; init; }

    /// <summary>Constraints of a criterion with the same non-zero number are alternatives (OR); zero stands alone.</summary>
    public int OrGroup { get; init; }

    /// <summary>The MeSH descriptors found for a condition, medication or procedure; empty without a vocabulary.</summary>
    public IReadOnlyList<MeshDescriptor> Descriptors { get; init; } = [];

    /// <summary>Where the constraint lies in the criterion's text, field included.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Where the comparison itself lies in the criterion's text: operator, values and unit; null without one.</summary>
    public TextSpan? ComparisonSpan { get; init; }

    /// <summary>Where the constraint lies in the original eligibility text; set by <see cref="ConstraintExtractor.Parse"/>.</summary>
    public TextSpan? SourceSpan { get; init; }

    /// <summary>Where the comparison lies in the original eligibility text; set by <see cref="ConstraintExtractor.Parse"/>.</summary>
    public TextSpan? SourceComparisonSpan { get; init; }

    /// <summary>The compact canonical form, as in <c>Measurement platelets &lt; 50 ×10⁹/L [1.5 10*9/L]</c>.</summary>
    public override string ToString() => ConstraintFormat.Compact(this);
}
