namespace Trialdex.Core.Search.Query;

/// <summary>
/// A context operator applied to its operand: "EXPANSION[None]SLE", "COVERAGE[FullMatch]\"heart attack\"".
/// Without one, ClinicalTrials.gov searches with EXPANSION[Relaxation] and COVERAGE[Contains].
/// </summary>
/// <param name="Kind">Which operator.</param>
/// <param name="Value">Its value in ClinicalTrials.gov's spelling ("FullMatch", "None", …), whatever case was typed.</param>
/// <param name="Operand">The expression it applies to.</param>
public sealed record ModifierNode(ModifierKind Kind, string Value, QueryNode Operand) : QueryNode(Operand.Span)
{
    /// <summary>The values EXPANSION accepts, from the strictest to the loosest.</summary>
    public static IReadOnlyList<string> ExpansionValues { get; } = ["None", "Term", "Concept", "Relaxation", "Lossy"];

    /// <summary>The values COVERAGE accepts.</summary>
    public static IReadOnlyList<string> CoverageValues { get; } = ["FullMatch", "StartsWith", "EndsWith", "Contains"];
}
