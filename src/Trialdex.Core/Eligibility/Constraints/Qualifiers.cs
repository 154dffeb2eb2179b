namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Adds what a criterion's wording says about its constraints: negation and history cues before each one in its
/// clause, "recent" when the criterion gives a time window, and OR groups for constraints joined by "or" or "/"
/// ("AMH ≥1.1 ng/mL or AFC ≥5", "Pregnant or lactating"), the degree a condition is named with (<see cref="Severity"/>),
/// and which ages only say when another requirement applies (<see cref="AgeConditions"/>).
/// </summary>
internal static class Qualifiers
{

    public static List<Constraint> Apply(CriterionTokens criterion, List<Constraint> constraints, bool[] inComparison)
    {
        var tokens = criterion.Tokens;
        var recent = constraints.Any(c => c.Kind == ConstraintKind.TimeWindow && c.Operator is ComparisonOperator.LessOrEqual or ComparisonOperator.Less);
        var result = new List<Constraint>(constraints.Count);
        foreach (var c in InTextOrder(constraints))
        {
            var first = FirstTokenAt(tokens, c.Span.Start);
            var flags = c.Kind == ConstraintKind.Unstructured
                ? FlagWords.Leading(tokens, inComparison)
                : FlagWords.Before(tokens, inComparison, first < tokens.Count ? criterion.ClauseStarts[first] : 0, first);
            if (recent && c.Kind is not (ConstraintKind.TimeWindow or ConstraintKind.Age or ConstraintKind.Sex))
            {
                flags |= ConstraintFlags.Recent;
            }

            var clauseStart = first < tokens.Count ? criterion.ClauseStarts[first] : 0;
            if (c.Kind == ConstraintKind.Condition && (Severity.Before(tokens, first, clauseStart) || Severity.KindBefore(tokens, first, clauseStart)))
            {
                flags |= ConstraintFlags.Qualified;
            }

            result.Add(flags == ConstraintFlags.None ? c : c with { Flags = c.Flags | flags });
        }

        return Group(criterion, AgeConditions.Mark(criterion, result));
    }

    /// <summary>
    /// The constraints by start, then kind, in a stable order (as <c>OrderBy(…).ThenBy(…)</c> would give them), sorted
    /// in place by insertion: a criterion has a handful of constraints, nearly always in order already.
    /// </summary>
    private static List<Constraint> InTextOrder(List<Constraint> constraints)
    {
        for (var i = 1; i < constraints.Count; i++)
        {
            var c = constraints[i];
            var j = i - 1;
            for (; j >= 0 && Before(c, constraints[j]); j--)
            {
                constraints[j + 1] = constraints[j];
            }

            constraints[j + 1] = c;
        }

        return constraints;
    }

    private static bool Before(Constraint a, Constraint b) => a.Span.Start < b.Span.Start || (a.Span.Start == b.Span.Start && a.Kind < b.Kind);

    private static List<Constraint> Group(CriterionTokens criterion, List<Constraint> constraints)
    {
        var group = 0;
        for (var i = 1; i < constraints.Count; i++)
        {
            var a = constraints[i - 1];
            var b = constraints[i];
            if (a.Kind == ConstraintKind.Unstructured || b.Kind == ConstraintKind.Unstructured || !JoinedByOr(a.Span.End < b.Span.Start ? criterion.Text.AsSpan(a.Span.End, b.Span.Start - a.Span.End) : []))
            {
                continue;
            }

            if (a.OrGroup == 0)
            {
                constraints[i - 1] = a = a with { OrGroup = ++group };
            }

            constraints[i] = b with { OrGroup = a.OrGroup };
        }

        return constraints;
    }

    /// <summary>" or ", "/", ", or": an alternative with nothing else between ("and", ";" or a clause of words).</summary>
    /// <remarks>Reads the words of the span in place: it runs for every pair of neighbouring constraints.</remarks>
    private static bool JoinedByOr(ReadOnlySpan<char> between)
    {
        if (between.Contains(';'))
        {
            return false;
        }

        var words = 0;
        var or = false;
        var rest = between;
        while (true)
        {
            var start = rest.IndexOfAnyExcept(WordSeparators);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            var end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            if (++words > 3 || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            or |= word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("/") || word.Equals("and/or", StringComparison.OrdinalIgnoreCase);
            rest = end < 0 ? [] : rest[end..];
        }

        return or;
    }

    private static readonly System.Buffers.SearchValues<char> WordSeparators = System.Buffers.SearchValues.Create(" ,()");

    private static int FirstTokenAt(List<Token> tokens, int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
