namespace Trialdex.Core.Search.Query;

/// <summary>
/// Studies whose value in a field lies between two bounds, both included: "AREA[StartDate]RANGE[2020-01-01, MAX]",
/// "AREA[MinimumAge]RANGE[MIN, 18 years]". Studies with no value in the field never match.
/// </summary>
/// <param name="Field">The area or field name as written.</param>
/// <param name="Min">The lower bound, or <see cref="RangeBoundKind.Min"/> for none.</param>
/// <param name="Max">The upper bound, or <see cref="RangeBoundKind.Max"/> for none.</param>
/// <param name="Span">From "AREA" to the closing ']' of RANGE (just the RANGE when it sits deeper inside an AREA operand).</param>
public sealed record RangeNode(string Field, RangeBound Min, RangeBound Max, TextSpan Span) : QueryNode(Span);
