namespace Trialdex.Core.Search.Query;

/// <summary>Helpers for walking the tree.</summary>
internal static class QueryNodes
{
    public static TextSpan SpanOf(IReadOnlyList<QueryNode> children) =>
        children.Count == 0 ? default : TextSpan.FromBounds(children[0].Span.Start, children[^1].Span.End);

    /// <summary>The nodes a node applies to, in query order; none for words, phrases, RANGE and MISSING.</summary>
    public static IReadOnlyList<QueryNode> Operands(QueryNode node) => node switch
    {
        AndNode and => and.Children,
        OrNode or => or.Children,
        NotNode not => [not.Operand],
        AreaNode area => [area.Operand],
        SearchNode search => [search.Operand],
        ModifierNode modifier => [modifier.Operand],
        _ => [],
    };
}
