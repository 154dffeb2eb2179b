namespace Trialdex.Core.Search.Query;

/// <summary>All children must match: written "a AND b", or just "a b" (adjacent terms are joined by AND).</summary>
/// <param name="Children">Two or more operands, in the order they were written.</param>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode(QueryNodes.SpanOf(Children))
{
    /// <summary>AND nodes are equal when their children are, in order.</summary>
    public bool Equals(AndNode? other) => other is not null && Span == other.Span && Children.SequenceEqual(other.Children);

    // Consistent with Equals (equal nodes have equal spans and counts) without walking the subtree.
    public override int GetHashCode() => HashCode.Combine(Span, Children.Count);
}
