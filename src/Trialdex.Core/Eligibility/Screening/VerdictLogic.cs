namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Three-valued logic over checks (Kleene's): an AND is not met as soon as one part is not met and met only when
/// all are; an OR is met as soon as one part is. Not-applicable parts are left out.
/// </summary>
internal static class VerdictLogic
{
    public static Check All(IReadOnlyList<Check> checks) => Combine(checks, CriterionVerdict.NotMet, CriterionVerdict.Met);

    public static Check Any(IReadOnlyList<Check> checks) => Combine(checks, CriterionVerdict.Met, CriterionVerdict.NotMet);

    /// <summary>The first check with the <paramref name="dominant"/> verdict decides; otherwise all must agree on <paramref name="whenAll"/>.</summary>
    private static Check Combine(IReadOnlyList<Check> checks, CriterionVerdict dominant, CriterionVerdict whenAll)
    {
        var relevant = checks.Where(c => c.Verdict != CriterionVerdict.NotApplicable).ToList();
        if (relevant.Count == 0)
        {
            return checks.Count > 0 ? checks[0] : new Check(CriterionVerdict.NotApplicable, "nothing to check");
        }

        if (relevant.FirstOrDefault(c => c.Verdict == dominant) is { } decisive)
        {
            return decisive;
        }

        if (relevant.All(c => c.Verdict == whenAll))
        {
            return relevant[0] with
            {
                Reason = string.Join("; ", relevant.Select(c => c.Reason).Distinct(StringComparer.Ordinal)),
                Evidence = [.. relevant.SelectMany(c => c.Evidence).Distinct()],
            };
        }

        var unknown = relevant.First(c => c.Verdict == CriterionVerdict.Unknown);
        return unknown with { Evidence = [.. relevant.SelectMany(c => c.Evidence).Distinct()] };
    }

    /// <summary>Whether <paramref name="value"/> satisfies the comparison with <paramref name="limits"/>; null when the limits do not fit the operator.</summary>
    public static bool? Compare(double value, Constraints.ComparisonOperator op, IReadOnlyList<double> limits)
    {
        if (limits.Count == 0)
        {
            return null;
        }

        const double Tolerance = 1e-9;
        return op switch
        {
            Constraints.ComparisonOperator.Less => value < limits[0] - Tolerance,
            Constraints.ComparisonOperator.LessOrEqual => value <= limits[0] + Tolerance,
            Constraints.ComparisonOperator.Greater => value > limits[0] + Tolerance,
            Constraints.ComparisonOperator.GreaterOrEqual => value >= limits[0] - Tolerance,
            Constraints.ComparisonOperator.Equal => Math.Abs(value - limits[0]) <= Tolerance,
            Constraints.ComparisonOperator.Between when limits.Count >= 2 => value >= limits[0] - Tolerance && value <= limits[1] + Tolerance,
            Constraints.ComparisonOperator.OneOf => limits.Any(l => Math.Abs(value - l) <= Tolerance),
            _ => null,
        };
    }

    /// <summary>"below 50", "from 20 to 40": the comparison as words, for reasons.</summary>
    public static string Describe(Constraints.ComparisonOperator op, IReadOnlyList<double> limits, string unit)
    {
        var u = unit.Length == 0 ? "" : " " + unit;
        string N(int i) => i < limits.Count ? limits[i].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "?";
        return op switch
        {
            Constraints.ComparisonOperator.Less => $"below {N(0)}{u}",
            Constraints.ComparisonOperator.LessOrEqual => $"at most {N(0)}{u}",
            Constraints.ComparisonOperator.Greater => $"above {N(0)}{u}",
            Constraints.ComparisonOperator.GreaterOrEqual => $"at least {N(0)}{u}",
            Constraints.ComparisonOperator.Between => $"from {N(0)} to {N(1)}{u}",
            Constraints.ComparisonOperator.OneOf => $"one of {string.Join(", ", limits.Select((_, i) => N(i)))}{u}",
            _ => $"{N(0)}{u}",
        };
    }
}
