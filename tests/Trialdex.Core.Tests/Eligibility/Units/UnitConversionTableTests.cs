using System.Globalization;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Tests.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Units;

public sealed class UnitConversionTableTests
{
    public static TheoryData<string, string> Conversions => UnitTables.Read("unit-conversions.txt");

    public static TheoryData<string, string> WrittenUnits => UnitTables.Read("written-units.txt");

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Each_conversion_of_the_table_gives_its_golden_result(string conversion, string expected)
    {
        var (value, from, to, analyte) = ParseConversion(conversion);

        var converted = UnitNormalizer.TryConvert(value, from, to, analyte, ConstraintCases.Units, out var result);

        Assert.Equal(expected, converted ? result.ToString("0.####", CultureInfo.InvariantCulture) : "no conversion");
    }

    [Theory]
    [MemberData(nameof(WrittenUnits))]
    public void Each_written_unit_of_the_table_resolves_to_its_golden_ucum_code(string written, string expected)
    {
        Assert.Equal(expected, ConstraintCases.Units.ToUcum(written) ?? "unknown");
    }

    [Fact]
    public void The_conversion_tables_cover_every_required_equivalence()
    {
        var conversions = Conversions.Select(row => (string)row[0]).ToList();

        Assert.Contains(conversions, c => c.Contains("creatinine", StringComparison.Ordinal) && c.Contains("mg/dL → umol/L", StringComparison.Ordinal));
        Assert.Contains(conversions, c => c.Contains("bilirubin", StringComparison.Ordinal));
        Assert.Contains(conversions, c => c.Contains("HbA1c", StringComparison.Ordinal) && c.Contains("→ mmol/mol", StringComparison.Ordinal));
        Assert.Contains(conversions, c => c.Contains("g/dL → g/L", StringComparison.Ordinal));
        Assert.Contains(conversions, c => c.Contains("/mm³ → 10*9/L", StringComparison.Ordinal));
    }

    /// <summary>"1.5 mg/dL → umol/L creatinine": value, from-unit (may hold spaces), to-unit, optional analyte.</summary>
    private static (double Value, string From, string To, string? Analyte) ParseConversion(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var arrow = text.IndexOf(" → ", StringComparison.Ordinal);
        var value = (double)Numbers.Parse(text[..space])!.Value;
        var rest = text[(arrow + 3)..].Split(' ', 2);
        return (value, text[(space + 1)..arrow], rest[0], rest.Length > 1 ? rest[1] : null);
    }
}
