using System.Text;
using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

/// <summary>
/// The plain-text form the golden cases are written in: a line per non-empty section (INCLUSION, EXCLUSION,
/// UNCLASSIFIED), then a line per item, "  - [marker] text", children indented two more spaces.
/// </summary>
internal static class CriteriaRendering
{
    public static string Render(SegmentedCriteria criteria)
    {
        var builder = new StringBuilder();
        Section(builder, "INCLUSION", criteria.Inclusion);
        Section(builder, "EXCLUSION", criteria.Exclusion);
        Section(builder, "UNCLASSIFIED", criteria.Unclassified);
        return builder.ToString();
    }

    private static void Section(StringBuilder builder, string name, IReadOnlyList<CriterionItem> items)
    {
        if (items.Count > 0)
        {
            builder.Append(name).Append('\n');
            Items(builder, items, 1);
        }
    }

    private static void Items(StringBuilder builder, IReadOnlyList<CriterionItem> items, int depth)
    {
        foreach (var item in items)
        {
            builder.Append(' ', depth * 2).Append("- ");
            if (item.Marker is not null)
            {
                builder.Append('[').Append(item.Marker).Append("] ");
            }

            builder.Append(item.Text).Append('\n');
            Items(builder, item.Children, depth + 1);
        }
    }
}
