namespace Trialdex.Core.Search.Query;

/// <summary>
/// The operand must match within one part of a study: "SEARCH[Location](AREA[LocationCity]Portland AND
/// AREA[LocationState]Maine)" finds a site in Portland, Maine, not a study with a Portland site and another in Maine.
/// </summary>
/// <param name="Scope">The part as written: "Location", "Study", or another group of fields the engine knows.</param>
/// <param name="Operand">What must match inside one instance of that part.</param>
public sealed record SearchNode(string Scope, QueryNode Operand) : QueryNode(Operand.Span);
