namespace Trialdex.Core.Search.Query;

/// <summary>
/// One node of a parsed search expression: a tree that says what to find without saying how a store finds it.
/// <see cref="ToString"/> gives the canonical form (see <see cref="QueryPrinter"/>).
/// </summary>
public abstract record QueryNode
{
    private protected QueryNode(TextSpan span) => Span = span;

    /// <summary>
    /// Where the node's text is in the query it was parsed from: an operator's runs to the end of its operand, an AND's or
    /// OR's from its first operand to its last. Nodes built by hand without one take their operand's span.
    /// </summary>
    public TextSpan Span { get; init; }

    /// <summary>The canonical, fully parenthesised search expression of this node.</summary>
    public sealed override string ToString() => QueryPrinter.Print(this);
}
