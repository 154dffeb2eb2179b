namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// A laboratory analyte whose values convert beyond what units alone say: its canonical unit, and the molar mass
/// (g/mol) that turns mass concentrations into molar ones, or a conversion of its own (HbA1c).
/// </summary>
/// <param name="Name">The analyte's canonical field name ("creatinine").</param>
/// <param name="CanonicalUnit">The UCUM code values are normalised to ("umol/L").</param>
/// <param name="MolarMass">Grams per mole, or null when mass and molar units do not convert for this analyte.</param>
internal sealed record Analyte(string Name, string CanonicalUnit, double? MolarMass);
