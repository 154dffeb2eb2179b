namespace Trialdex.Core.Search.Query;

/// <summary>Studies with no value in a field: "AREA[ResultsFirstPostDate]MISSING" (studies without posted results).</summary>
/// <param name="Field">The area or field name as written.</param>
/// <param name="Span">From "AREA" to the end of "MISSING" (just "MISSING" when it sits deeper inside an AREA operand).</param>
public sealed record MissingNode(string Field, TextSpan Span) : QueryNode(Span);
