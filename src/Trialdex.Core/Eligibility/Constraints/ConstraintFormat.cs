using System.Globalization;
using System.Text;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// The compact canonical form of a constraint, one line that golden cases and logs compare:
/// <c>Kind field op values unit = normalised "label" !flags |orN</c>, for example
/// <c>Measurement platelets &lt; 50 ×10⁹/L = 50 10*9/L</c> or <c>Age age in 20..40 years</c>.
/// </summary>
internal static class ConstraintFormat
{
    public static string Compact(Constraint c)
    {
        var text = new StringBuilder(c.Kind.ToString());
        if (c.Kind != ConstraintKind.Unstructured)
        {
            text.Append(' ').Append(c.Field);
        }

        if (c.Operator is { } op)
        {
            text.Append(' ').Append(Symbol(op)).Append(' ').Append(Values(c, op));
        }

        if (c.Unit is { } unit)
        {
            text.Append(' ').Append(unit);
        }

        if (c.Normalized is { Kind: not UnitKind.Time } normalized && !IsSame(c, normalized))
        {
            text.Append(" = ").Append(normalized);
        }

        if (c.Label is { } label)
        {
            text.Append(" \"").Append(label).Append('"');
        }

        foreach (var flag in Enum.GetValues<ConstraintFlags>().Where(f => f != ConstraintFlags.None && c.Flags.HasFlag(f)))
        {
            text.Append(" !").Append(flag.ToString().ToLowerInvariant());
        }

        if (c.Descriptors.Count > 0)
        {
            text.Append(" {").AppendJoin(", ", c.Descriptors.Select(d => d.Id.Length > 0 ? d.Id : d.Name)).Append('}');
        }

        return (c.OrGroup > 0 ? text.Append(" |or").Append(c.OrGroup) : text).ToString();
    }

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Between => "in",
        ComparisonOperator.OneOf => "oneof",
        _ => "=",
    };

    private static string Values(Constraint c, ComparisonOperator op)
    {
        var values = c.Values.Count > 0 ? c.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)) : c.ValueTexts;
        return string.Join(op == ComparisonOperator.Between ? ".." : "|", values);
    }

    /// <summary>True when normalising changed nothing worth printing (same unit code and values).</summary>
    private static bool IsSame(Constraint c, NormalizedQuantity normalized) =>
        string.Equals(normalized.Unit, c.Unit, StringComparison.Ordinal)
        && normalized.Values.SequenceEqual(c.Values.Select(v => (double)v));
}
