namespace Trialdex.Core.Search.Query;

/// <summary>The two context operators that change how the words of their operand are matched.</summary>
public enum ModifierKind
{
    /// <summary>EXPANSION[None|Term|Concept|Relaxation|Lossy]: how far words may be expanded (variants, synonyms, partial matches).</summary>
    Expansion,

    /// <summary>COVERAGE[FullMatch|StartsWith|EndsWith|Contains]: how much of a field's text the words must cover.</summary>
    Coverage,
}
