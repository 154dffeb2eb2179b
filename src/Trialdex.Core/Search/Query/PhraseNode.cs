namespace Trialdex.Core.Search.Query;

/// <summary>A quoted phrase: its words must be found together and in this order ("small cell").</summary>
/// <param name="Words">The words between the quotes, punctuation dropped.</param>
/// <param name="Text">The text between the quotes exactly as typed.</param>
/// <param name="Span">Where the phrase is in the query, quotes included.</param>
public sealed record PhraseNode(IReadOnlyList<string> Words, string Text, TextSpan Span) : TextNode(Span)
{
    /// <summary>The words between the quotes, punctuation dropped.</summary>
    public override IReadOnlyList<string> Words { get; } = Words;

    /// <summary>Phrases are equal when their words, text and span are.</summary>
    public bool Equals(PhraseNode? other) =>
        other is not null && Words.SequenceEqual(other.Words, StringComparer.Ordinal)
        && string.Equals(Text, other.Text, StringComparison.Ordinal) && Span == other.Span;

    public override int GetHashCode() => HashCode.Combine(Words.Count, Text, Span);
}
