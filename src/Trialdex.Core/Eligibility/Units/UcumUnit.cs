namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// One unit of the Unified Code for Units of Measure as the NLM's UCUM-LHC definitions file lists it: its
/// case-sensitive code ("mg/dL", "10*9/L", "mm[Hg]"), its case-insensitive code, its name and print symbol, and its
/// size in the file's base units, so that any two units of the same dimension convert by the ratio of their sizes.
/// </summary>
/// <param name="Code">The case-sensitive UCUM code.</param>
/// <param name="CaseInsensitiveCode">The upper-case UCUM code ("MG/DL"), for text that does not keep case.</param>
/// <param name="Name">The unit's name ("milligram per deciliter").</param>
/// <param name="PrintSymbol">How the unit is printed, which may hold HTML markup.</param>
/// <param name="Property">The kind of quantity ("mass", "time", "number").</param>
/// <param name="Magnitude">The unit's size in base units (the gram, the meter, the second; the mole as a number).</param>
/// <param name="IsMetric">True when the unit takes SI prefixes ("m" + "g").</param>
/// <param name="IsSpecial">True for units that do not convert by a factor alone (degrees Celsius, pH).</param>
/// <param name="IsArbitrary">True for arbitrary units ("[IU]"), which convert to nothing but themselves.</param>
public sealed record UcumUnit(
    string Code,
    string CaseInsensitiveCode,
    string Name,
    string PrintSymbol,
    string Property,
    double Magnitude,
    bool IsMetric,
    bool IsSpecial,
    bool IsArbitrary)
{
    internal UnitDimension Dimension { get; init; }
}
