namespace Trialdex.Core.Search.Query;

/// <summary>A single word, as typed: letters and digits, with inner '-', '\'', '.', '/', '+' or '_' ("covid-19", "Crohn's").</summary>
/// <param name="Text">The word as written, case kept.</param>
/// <param name="Span">Where the word is in the query.</param>
public sealed record TermNode(string Text, TextSpan Span) : TextNode(Span)
{
    /// <summary>The word alone.</summary>
    public override IReadOnlyList<string> Words => [Text];
}
