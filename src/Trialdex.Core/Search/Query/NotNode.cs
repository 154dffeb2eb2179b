namespace Trialdex.Core.Search.Query;

/// <summary>
/// Studies that do not match the operand: "bethesda NOT maryland" is bethesda AND NOT maryland.
/// A query that is only "NOT x" means every study except those matching x.
/// </summary>
/// <param name="Operand">What must not match.</param>
public sealed record NotNode(QueryNode Operand) : QueryNode(Operand.Span);
