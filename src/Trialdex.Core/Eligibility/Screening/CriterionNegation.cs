using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Negation of the conditions, medicines and procedures a criterion names, read again from the criterion's own
/// words where the parser's per-word scopes are known to mislead: a criterion that opens with "No", "Not",
/// "Without" or "Absence of" denies everything it lists, pregnancy and nursing included ("No allergic
/// disease (asthma, eczema, hay fever)"), and the "not" of "including but not limited to" denies nothing.
/// </summary>
internal static class CriterionNegation
{
    private static readonly string[] Openings = ["no ", "not ", "without ", "absence of ", "never "];

    public static IReadOnlyList<Constraint> Adjust(string text, IReadOnlyList<Constraint> constraints)
    {
        var words = Terms.Normalize(text);
        var opensNegated = Openings.Any(o => words.StartsWith(o, StringComparison.Ordinal));
        var notLimited = words.Contains("not limited to", StringComparison.Ordinal);
        if (!opensNegated && !notLimited)
        {
            return constraints;
        }

        return [.. constraints.Select(c => c.Kind is ConstraintKind.Condition or ConstraintKind.Medication or ConstraintKind.Procedure
                || (opensNegated && c.Kind is ConstraintKind.Pregnancy or ConstraintKind.Lactation)
            ? c with { Flags = opensNegated ? c.Flags | ConstraintFlags.Negated : c.Flags & ~ConstraintFlags.Negated }
            : c)];
    }
}
