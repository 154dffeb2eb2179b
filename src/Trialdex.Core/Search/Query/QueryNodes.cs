namespace Trialdex.Core.Search.Query;

/// <summary>What the AND and OR nodes share: the span of a list of operands.</summary>
internal static class QueryNodes
{
    public static TextSpan SpanOf(IReadOnlyList<QueryNode> children) =>
        children.Count == 0 ? default : TextSpan.FromBounds(children[0].Span.Start, children[^1].Span.End);
}
