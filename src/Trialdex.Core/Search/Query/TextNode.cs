namespace Trialdex.Core.Search.Query;

/// <summary>Text to look for: a single word (<see cref="TermNode"/>) or a quoted phrase (<see cref="PhraseNode"/>).</summary>
public abstract record TextNode : QueryNode
{
    private protected TextNode(TextSpan span)
        : base(span)
    {
    }

    /// <summary>The words to find, in order: one for a term, one or more for a phrase.</summary>
    public abstract IReadOnlyList<string> Words { get; }
}
