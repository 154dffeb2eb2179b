using System.Text;

namespace Trialdex.Core.Search.Query;

/// <summary>
/// Writes a query back as a canonical ClinicalTrials.gov search expression: every AND, OR and NOT in parentheses, terms
/// bare, phrases in quotes, operator values in their registry spelling. The output parses back to the same tree, so it
/// can be shown to the user ("this is how your query was read") and used as a stable golden form.
/// </summary>
public static class QueryPrinter
{
    private static readonly string[] Keywords = ["AND", "OR", "NOT", "MISSING"];

    /// <summary>The canonical expression: "heart attack OR stroke" gives "((heart AND attack) OR stroke)".</summary>
    public static string Print(QueryNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var output = new StringBuilder();
        Append(output, node);
        return output.ToString();
    }

    private static void Append(StringBuilder output, QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                // A word spelled like an operator was written with a backslash, and is printed with one.
                output.Append(Keywords.Contains(term.Text, StringComparer.Ordinal) ? "\\" : "").Append(term.Text);
                break;
            case PhraseNode phrase:
                output.Append('"').AppendJoin(' ', phrase.Words).Append('"');
                break;
            case AndNode and:
                AppendList(output, and.Children, " AND ");
                break;
            case OrNode or:
                AppendList(output, or.Children, " OR ");
                break;
            case NotNode not:
                output.Append("(NOT ");
                Append(output, not.Operand);
                output.Append(')');
                break;
            case AreaNode area:
                output.Append("AREA[").Append(area.Field).Append(']');
                Append(output, area.Operand);
                break;
            case RangeNode range:
                output.Append("AREA[").Append(range.Field).Append("]RANGE[");
                output.Append(BoundText(range.Min)).Append(", ").Append(BoundText(range.Max)).Append(']');
                break;
            case MissingNode missing:
                output.Append("AREA[").Append(missing.Field).Append("]MISSING");
                break;
            case SearchNode search:
                output.Append("SEARCH[").Append(search.Scope).Append(']');
                Append(output, search.Operand);
                break;
            case ModifierNode modifier:
                output.Append(modifier.Kind == ModifierKind.Expansion ? "EXPANSION[" : "COVERAGE[").Append(modifier.Value).Append(']');
                Append(output, modifier.Operand);
                break;
        }
    }

    private static void AppendList(StringBuilder output, IReadOnlyList<QueryNode> children, string separator)
    {
        output.Append('(');
        for (var i = 0; i < children.Count; i++)
        {
            output.Append(i == 0 ? "" : separator);
            Append(output, children[i]);
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
