namespace Trialdex.Core.Search.Query;

/// <summary>At least one child must match: "youth OR teen". Studies matching more of them rank higher.</summary>
/// <param name="Children">Two or more operands, in the order they were written.</param>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode(QueryNodes.SpanOf(Children))
{
    /// <summary>OR nodes are equal when their children are, in order.</summary>
    public bool Equals(OrNode? other) => other is not null && Span == other.Span && Children.SequenceEqual(other.Children);

    // Consistent with Equals (equal nodes have equal spans and counts) without walking the subtree.
    public override int GetHashCode() => HashCode.Combine(Span, Children.Count);
}
