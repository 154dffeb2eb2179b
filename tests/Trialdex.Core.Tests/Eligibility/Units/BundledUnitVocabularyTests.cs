using System.Globalization;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Tests.Eligibility.Units;

/// <summary>The real UCUM-LHC definitions the build bundles, against the conversions the issue requires.</summary>
public sealed class BundledUnitVocabularyTests
{
    [BundledUnitsFact]
    public void The_bundled_vocabulary_holds_the_whole_ucum_table_and_is_read_once()
    {
        var units = BundledUnits.Value;

        Assert.InRange(units.Units.Count, 700, 2000);
        Assert.Same(units, UnitVocabulary.Bundled);
        Assert.Equal("mg/dL", units.Find("mg/dL")?.Code);
    }

    [BundledUnitsTheory]
    [InlineData("50 ×10⁹/L", "10*9/L", 50)]
    [InlineData("50 ×10³/µL", "10*9/L", 50)]
    [InlineData("50000 /mm³", "10*9/L", 50)]
    [InlineData("50 10^3/mm3", "10*9/L", 50)]
    [InlineData("1.5 mg/dL creatinine", "umol/L", 132.6)]
    [InlineData("132.6 µmol/L creatinine", "umol/L", 132.6)]
    [InlineData("2 mg/dl bilirubin", "umol/L", 34.21)]
    [InlineData("34.2 umol/L bilirubin", "umol/L", 34.2)]
    [InlineData("9 g/dL hemoglobin", "g/L", 90)]
    [InlineData("90 g/L hemoglobin", "g/L", 90)]
    [InlineData("20 ng/mL", "ng/mL", 20)]
    [InlineData("2.5 × ULN ALT", "ULN", 2.5)]
    [InlineData("3 x upper limit of normal AST", "ULN", 3)]
    public void Criteria_values_normalise_through_the_bundled_vocabulary_without_one_being_passed(string written, string unit, double expected)
    {
        var (value, writtenUnit, field) = Split(written);

        var normalized = UnitNormalizer.Normalize([value], writtenUnit, field, units: null);

        Assert.NotNull(normalized);
        Assert.Equal(unit, normalized.Unit);
        Assert.Equal(expected, normalized.Values[0], 2);
    }

    [BundledUnitsTheory]
    [InlineData("1.5 ×10⁹/L", "10*3/uL", null, 1.5)]
    [InlineData("1500 /mm³", "10*9/L", null, 1.5)]
    [InlineData("1 ×10³/µL", "/mm3", null, 1000)]
    [InlineData("1 mg/dL", "umol/L", "creatinine", 88.4)]
    [InlineData("88.4 umol/L", "mg/dL", "creatinine", 1)]
    [InlineData("1 mg/dL", "umol/L", "bilirubin", 17.1)]
    [InlineData("17.1 umol/L", "mg/dL", "bilirubin", 1)]
    [InlineData("12 g/dL", "g/L", null, 120)]
    [InlineData("120 g/L", "g/dL", null, 12)]
    [InlineData("5 ng/mL", "ug/L", null, 5)]
    [InlineData("5 µg/L", "ng/mL", null, 5)]
    public void The_conversion_table_of_the_issue_holds_in_the_bundled_vocabulary(string from, string to, string? analyte, double expected)
    {
        var (value, unit, _) = Split(from);

        var converted = UnitNormalizer.TryConvert((double)value, unit, to, analyte, BundledUnits.Value, out var result);

        Assert.True(converted, $"{from} → {to} did not convert");
        Assert.Equal(expected, result, 1);
    }

    [BundledUnitsTheory]
    [MemberData(nameof(UnitConversionTableTests.Conversions), MemberType = typeof(UnitConversionTableTests))]
    public void The_golden_conversion_table_gives_the_same_results_with_the_real_ucum_file(string conversion, string expected)
    {
        var arrow = conversion.IndexOf(" → ", StringComparison.Ordinal);
        var (value, from, _) = Split(conversion[..arrow]);
        var rest = conversion[(arrow + 3)..].Split(' ', 2);

        var converted = UnitNormalizer.TryConvert((double)value, from, rest[0], rest.Length > 1 ? rest[1] : null, BundledUnits.Value, out var result);

        Assert.Equal(expected, converted ? result.ToString("0.####", CultureInfo.InvariantCulture) : "no conversion");
    }

    [BundledUnitsTheory]
    [MemberData(nameof(UnitConversionTableTests.WrittenUnits), MemberType = typeof(UnitConversionTableTests))]
    public void The_golden_written_units_resolve_to_the_same_codes_with_the_real_ucum_file(string written, string expected)
    {
        Assert.Equal(expected, BundledUnits.Value.ToUcum(written) ?? "unknown");
    }

    /// <summary>"1.5 mg/dL creatinine": the value, the unit (which may hold spaces), and a trailing lower-case analyte name.</summary>
    private static (decimal Value, string Unit, string? Field) Split(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var value = decimal.Parse(text[..space].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var unit = text[(space + 1)..];
        var last = unit.LastIndexOf(' ');
        string? field = null;
        if (last > 0 && unit[(last + 1)..] is var word && word.All(char.IsLetter) && word is not ("L" or "normal"))
        {
            field = word;
            unit = unit[..last];
        }

        return (value, unit, field);
    }
}
