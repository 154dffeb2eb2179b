namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>One criterion of a trial with the constraints read from it.</summary>
/// <param name="Kind">Inclusion, exclusion or unclassified.</param>
/// <param name="Text">The criterion's clean text, as <see cref="CriterionItem.Text"/> gives it.</param>
/// <param name="Span">Where the criterion lies in the original eligibility text.</param>
/// <param name="Depth">0 for a top-level criterion, 1 for its sub-criteria, and so on.</param>
/// <param name="Constraints">What the criterion requires, never empty: at least one Unstructured constraint.</param>
public sealed record ParsedCriterion(
    CriterionKind Kind,
    string Text,
    TextSpan Span,
    int Depth,
    IReadOnlyList<Constraint> Constraints);
