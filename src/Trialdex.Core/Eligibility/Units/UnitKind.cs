namespace Trialdex.Core.Eligibility.Units;

/// <summary>What a criterion's unit measures, which decides how its value is normalised and compared.</summary>
public enum UnitKind
{
    /// <summary>No unit, or one that the unit vocabulary does not know: the value is kept as written.</summary>
    Unknown,

    /// <summary>A duration or age (minutes to years), normalised to days as <c>NormalizedTime.TotalDays</c> counts them.</summary>
    Time,

    /// <summary>A percentage, kept as its own kind: "HbA1c 7%" and "LVEF 40%" are not fractions of the same whole.</summary>
    Percent,

    /// <summary>A multiple of the laboratory's upper limit of normal ("1.5 × ULN"), kept as its own kind.</summary>
    UpperLimitOfNormal,

    /// <summary>Cells per volume ("×10⁹/L", "/mm³", "×10³/µL"), normalised to 10⁹/L.</summary>
    CellCount,

    /// <summary>Mass per volume ("mg/dL", "g/L", "ng/mL").</summary>
    MassConcentration,

    /// <summary>Amount of substance per volume ("µmol/L", "mmol/L").</summary>
    MolarConcentration,

    /// <summary>Any other UCUM unit the vocabulary knows (mmHg, cm, kg/m², mL/min/1.73 m², IU/L).</summary>
    Other,
}
