namespace Trialdex.Core.Search.Query;

/// <summary>One token of a query; which members are set depends on <see cref="Kind"/>.</summary>
internal sealed record QueryToken(TokenKind Kind, TextSpan Span)
{
    /// <summary>A word; a phrase's text between the quotes; an operator's text between the brackets.</summary>
    public string Text { get; init; } = "";

    /// <summary>Where <see cref="Text"/> starts in the query.</summary>
    public int TextStart { get; init; }

    /// <summary>A phrase's words.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>A word written after a backslash ("\MISSING"), which is never read as an operator.</summary>
    public bool Escaped { get; init; }

    /// <summary>An operator's name: AREA, SEARCH, EXPANSION, COVERAGE, RANGE, TILT or DISTANCE.</summary>
    public string Name { get; init; } = "";

    /// <summary>Why an <see cref="TokenKind.Error"/> token could not be cut.</summary>
    public QuerySyntaxError? Error { get; init; }
}
