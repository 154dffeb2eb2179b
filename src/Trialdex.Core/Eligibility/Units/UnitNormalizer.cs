namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// Puts criterion values into canonical units so that thresholds compare across spellings and unit systems:
/// cell counts in 10⁹/L, times in days, an analyte in its own canonical unit (creatinine and bilirubin in µmol/L,
/// hemoglobin in g/L, HbA1c in NGSP %), while percentages and multiples of the upper limit of normal stay kinds of
/// their own. Time units, "%" and "× ULN" need no vocabulary; everything else is resolved through UCUM.
/// </summary>
public static class UnitNormalizer
{
    /// <summary>The unit code of multiples of the upper limit of normal.</summary>
    public const string UpperLimitOfNormal = "ULN";

    /// <summary>
    /// The values in their canonical unit, or null when the unit is missing or unknown (or needs a vocabulary and
    /// this build bundles none); null <paramref name="units"/> means the bundled UCUM units. <paramref name="field"/>
    /// is the canonical field name ("creatinine", "HbA1c") that picks an
    /// analyte's own unit and conversion.
    /// </summary>
    public static NormalizedQuantity? Normalize(IReadOnlyList<decimal> values, string? writtenUnit, string? field, UnitVocabulary? units)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (string.IsNullOrWhiteSpace(writtenUnit) || values.Count == 0)
        {
            return null;
        }

        var numbers = values.Select(v => (double)v).ToList();
        if (IsUpperLimit(writtenUnit))
        {
            return new NormalizedQuantity(numbers, UpperLimitOfNormal, UnitKind.UpperLimitOfNormal);
        }

        if (TimeUnits.Parse(writtenUnit) is { } time)
        {
            var days = TimeUnits.Days(time);
            return new NormalizedQuantity([.. numbers.Select(v => Round(v * days))], "d", UnitKind.Time);
        }

        if (writtenUnit.Trim() == "%")
        {
            return new NormalizedQuantity(numbers, "%", UnitKind.Percent);
        }

        units ??= UnitVocabulary.Bundled;
        return units?.ToUcum(writtenUnit) is { } code ? Canonical(numbers, code, field, units) : null;
    }

    /// <summary>
    /// Converts a value between two units, each written as a criterion would or as a UCUM code, with the
    /// conversions of <paramref name="analyte"/> ("creatinine": mg/dL ↔ µmol/L; "HbA1c": % ↔ mmol/mol) when given.
    /// </summary>
    public static bool TryConvert(double value, string fromUnit, string toUnit, string? analyte, UnitVocabulary units, out double result)
    {
        ArgumentNullException.ThrowIfNull(units);
        result = value;
        if (units.ToUcum(fromUnit) is not { } from || units.ToUcum(toUnit) is not { } to)
        {
            return false;
        }

        if (string.Equals(analyte, Analytes.HbA1c, StringComparison.OrdinalIgnoreCase))
        {
            return Analytes.TryConvertHbA1c(value, from, to, out result);
        }

        if (units.TryConvert(value, from, to, out result))
        {
            return true;
        }

        return Analytes.Find(analyte)?.MolarMass is { } molarMass && TryConvertMolar(value, from, to, molarMass, units, out result);
    }

    private static NormalizedQuantity Canonical(List<double> values, string code, string? field, UnitVocabulary units)
    {
        var kind = KindOf(units.Term(code));
        var target = Analytes.Find(field)?.CanonicalUnit ?? (kind == UnitKind.CellCount ? "10*9/L" : code);
        var converted = new List<double>(values.Count);
        foreach (var value in values)
        {
            if (!TryConvert(value, code, target, field, units, out var result))
            {
                return new NormalizedQuantity(values, code, kind);
            }

            converted.Add(Round(result));
        }

        return new NormalizedQuantity(converted, target, target == "%" ? UnitKind.Percent : KindOf(units.Term(target)));
    }

    /// <summary>Mass to molar concentration or back: divide or multiply by the molar mass, counting moles as UCUM-LHC does.</summary>
    private static bool TryConvertMolar(double value, string from, string to, double molarMass, UnitVocabulary units, out double result)
    {
        result = value;
        if (units.Term(from) is not { } a || units.Term(to) is not { } b || units.Term("mol") is not { } mole
            || a.IsSpecial || b.IsSpecial || a.IsArbitrary || b.IsArbitrary)
        {
            return false;
        }

        var massToMolar = UnitDimension.None with { Mass = -1, Amount = 1 };
        if (a.Dimension.Times(massToMolar) == b.Dimension)
        {
            result = value * a.Magnitude / molarMass * mole.Magnitude / b.Magnitude;
            return true;
        }

        if (b.Dimension.Times(massToMolar) == a.Dimension)
        {
            result = value * a.Magnitude / mole.Magnitude * molarMass / b.Magnitude;
            return true;
        }

        return false;
    }

    private static UnitKind KindOf(UcumTerm? term) => term switch
    {
        null => UnitKind.Unknown,
        { IsArbitrary: true } => UnitKind.Other,
        { Dimension: { Length: -3, Time: 0, Mass: 1, Amount: 0 } } => UnitKind.MassConcentration,
        { Dimension: { Length: -3, Time: 0, Mass: 0, Amount: 1 } } => UnitKind.MolarConcentration,
        { Dimension: var d } when d == (UnitDimension.None with { Length = -3 }) => UnitKind.CellCount,
        _ => UnitKind.Other,
    };

    private static bool IsUpperLimit(string unit) =>
        unit.Contains("ULN", StringComparison.OrdinalIgnoreCase) || unit.Contains("upper limit", StringComparison.OrdinalIgnoreCase)
        || unit.Contains("upper normal limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rounds away binary noise (10*3/uL is 999999999999.9999 in the file) to 10 significant digits.</summary>
    private static double Round(double value) =>
        value == 0 || !double.IsFinite(value) ? value : Math.Round(value, Math.Clamp(9 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15));
}
