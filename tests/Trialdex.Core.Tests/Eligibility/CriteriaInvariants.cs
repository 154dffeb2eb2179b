using System.Text;
using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

/// <summary>What every segmentation must satisfy, whatever the input.</summary>
internal static class CriteriaInvariants
{
    public const int MaxDepth = 16;

    public static IEnumerable<(CriterionItem Item, int Depth)> All(SegmentedCriteria criteria) =>
        Walk(criteria.Inclusion, 1).Concat(Walk(criteria.Exclusion, 1)).Concat(Walk(criteria.Unclassified, 1));

    public static void AssertWellFormed(string input, SegmentedCriteria criteria)
    {
        AssertKinds(criteria.Inclusion, CriterionKind.Inclusion);
        AssertKinds(criteria.Exclusion, CriterionKind.Exclusion);
        AssertKinds(criteria.Unclassified, CriterionKind.Unclassified);
        foreach (var (item, depth) in All(criteria))
        {
            Assert.True(depth <= MaxDepth, $"nested {depth} deep");
            Assert.False(string.IsNullOrEmpty(item.Text));
            Assert.Equal(item.Text.Trim(), item.Text);
            Assert.DoesNotContain('\n', item.Text);
            Assert.DoesNotContain("  ", item.Text, StringComparison.Ordinal);
            Assert.InRange(item.Span.Start, 0, input.Length);
            Assert.InRange(item.Span.End, item.Span.Start + 1, input.Length);
        }
    }

    /// <summary>
    /// The span's text with whitespace collapsed and Markdown backslash escapes undone: for every item this equals
    /// its <see cref="CriterionItem.Text"/>, since the segmenter only joins lines, collapses space and unescapes.
    /// </summary>
    public static string Normalize(string spanText)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < spanText.Length; i++)
        {
            var c = spanText[i];
            if (c == '\\' && i + 1 < spanText.Length && char.IsAsciiLetterOrDigit(spanText[i + 1]) is false && spanText[i + 1] < 128 && !char.IsWhiteSpace(spanText[i + 1]))
            {
                c = spanText[++i];
            }
            else if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd();
    }

    private static void AssertKinds(IReadOnlyList<CriterionItem> items, CriterionKind kind)
    {
        foreach (var item in items)
        {
            Assert.Equal(kind, item.Kind);
            AssertKinds(item.Children, kind);
        }
    }

    private static IEnumerable<(CriterionItem, int)> Walk(IReadOnlyList<CriterionItem> items, int depth)
    {
        foreach (var item in items)
        {
            yield return (item, depth);
            foreach (var child in Walk(item.Children, depth + 1))
            {
                yield return child;
            }
        }
    }
}
