using System.Text;

namespace Trialdex.Core.Search.Query;

/// <summary>
/// Writes a query back as a canonical ClinicalTrials.gov search expression: every AND, OR and NOT in parentheses, terms
/// bare, phrases in quotes, operator values in their registry spelling, and RANGE or MISSING written without their AREA
/// inside an AREA of the same field. The output parses back to the same tree, so it can be shown to the user ("this is
/// how your query was read") and used as a stable golden form.
/// </summary>
public static class QueryPrinter
{
    private static readonly string[] Keywords = ["AND", "OR", "NOT"];

    /// <summary>The canonical expression: "heart attack OR stroke" gives "((heart AND attack) OR stroke)".</summary>
    public static string Print(QueryNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var output = new StringBuilder();
        Append(output, node, area: null);
        return output.ToString();
    }

    // area: the field of the innermost AREA being printed, which a RANGE or MISSING of that field need not repeat.
    private static void Append(StringBuilder output, QueryNode node, string? area)
    {
        switch (node)
        {
            case TermNode term:
                // A word spelled like an operator was written with a backslash, and is printed with one.
                var escape = Keywords.Contains(term.Text, StringComparer.Ordinal) || (area is not null && term.Text == "MISSING");
                output.Append(escape ? "\\" : "").Append(term.Text);
                break;
            case PhraseNode phrase:
                output.Append('"').AppendJoin(' ', phrase.Words).Append('"');
                break;
            case AndNode and:
                AppendList(output, and.Children, " AND ", area);
                break;
            case OrNode or:
                AppendList(output, or.Children, " OR ", area);
                break;
            case NotNode not:
                output.Append("(NOT ");
                Append(output, not.Operand, area);
                output.Append(')');
                break;
            case AreaNode areaNode:
                output.Append("AREA[").Append(areaNode.Field).Append(']');
                Append(output, areaNode.Operand, areaNode.Field);
                break;
            case RangeNode range:
                AppendArea(output, range.Field, area);
                output.Append("RANGE[").Append(BoundText(range.Min)).Append(", ").Append(BoundText(range.Max)).Append(']');
                break;
            case MissingNode missing:
                AppendArea(output, missing.Field, area);
                output.Append("MISSING");
                break;
            case SearchNode search:
                output.Append("SEARCH[").Append(search.Scope).Append(']');
                Append(output, search.Operand, area);
                break;
            case ModifierNode modifier:
                output.Append(modifier.Kind == ModifierKind.Expansion ? "EXPANSION[" : "COVERAGE[").Append(modifier.Value).Append(']');
                Append(output, modifier.Operand, area);
                break;
        }
    }

    private static void AppendArea(StringBuilder output, string field, string? area)
    {
        if (!string.Equals(field, area, StringComparison.Ordinal))
        {
            output.Append("AREA[").Append(field).Append(']');
        }
    }

    private static void AppendList(StringBuilder output, IReadOnlyList<QueryNode> children, string separator, string? area)
    {
        output.Append('(');
        for (var i = 0; i < children.Count; i++)
        {
            output.Append(i == 0 ? "" : separator);
            Append(output, children[i], area);
        }

        output.Append(')');
    }

    private static string BoundText(RangeBound bound) => bound.Kind switch
    {
        RangeBoundKind.Min => "MIN",
        RangeBoundKind.Max => "MAX",
        _ => bound.Text,
    };
}
