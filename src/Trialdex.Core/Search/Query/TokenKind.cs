namespace Trialdex.Core.Search.Query;

/// <summary>The kinds of token <see cref="QueryLexer"/> cuts a query into.</summary>
internal enum TokenKind
{
    Word,
    Phrase,
    Open,
    Close,
    And,
    Or,
    Not,

    /// <summary>An operator with a bracketed argument: AREA[…], SEARCH[…], EXPANSION[…], COVERAGE[…], RANGE[…], TILT[…], DISTANCE[…].</summary>
    Operator,
    End,

    /// <summary>Text the lexer could not cut (an open quote or bracket); always the last token.</summary>
    Error,
}
