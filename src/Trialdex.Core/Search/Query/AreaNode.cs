namespace Trialdex.Core.Search.Query;

/// <summary>
/// The operand searched in one search area or study field only: "AREA[Condition]asthma",
/// "AREA[Phase](PHASE2 OR PHASE3)". A run of words after the bracket is one operand: "AREA[LocationCountry]United States".
/// </summary>
/// <param name="Field">The area or field name as written; the search engine checks it against the fields it knows.</param>
/// <param name="Operand">What to find in that field.</param>
/// <param name="Span">From "AREA" to the end of the operand.</param>
public sealed record AreaNode(string Field, QueryNode Operand, TextSpan Span) : QueryNode(Span);
