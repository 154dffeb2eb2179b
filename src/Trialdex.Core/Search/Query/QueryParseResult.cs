namespace Trialdex.Core.Search.Query;

/// <summary>
/// The outcome of <see cref="QueryParser.Parse"/>: a query or an error, never both. Both are null when the text holds
/// nothing to search for (empty, blank or only punctuation), which means "match every study".
/// </summary>
/// <param name="Query">The parsed query, when the text parsed.</param>
/// <param name="Error">Why it did not parse.</param>
public sealed record QueryParseResult(QueryNode? Query, QuerySyntaxError? Error)
{
    /// <summary>True when the text holds nothing to search for, so every study matches.</summary>
    public bool MatchesAll => Query is null && Error is null;
}
