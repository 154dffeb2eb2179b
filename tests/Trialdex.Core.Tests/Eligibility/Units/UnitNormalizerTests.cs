using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Tests.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Units;

public sealed class UnitNormalizerTests
{
    [Theory]
    [InlineData("×10⁹/L", 50, 50)]
    [InlineData("×10³/µL", 50, 50)]
    [InlineData("/mm³", 50000, 50)]
    [InlineData("cells/mm3", 1500, 1.5)]
    public void Cell_counts_in_every_spelling_normalise_to_billions_per_litre(string unit, double value, double expected)
    {
        var normalized = UnitNormalizer.Normalize([(decimal)value], unit, "platelets", ConstraintCases.Units);

        Assert.NotNull(normalized);
        Assert.Equal(UnitKind.CellCount, normalized.Kind);
        Assert.Equal("10*9/L", normalized.Unit);
        Assert.Equal(expected, normalized.Values[0], 6);
    }

    [Fact]
    public void Percent_and_multiples_of_the_upper_limit_stay_kinds_of_their_own_without_a_vocabulary()
    {
        var percent = UnitNormalizer.Normalize([7m], "%", "HbA1c", null);
        var uln = UnitNormalizer.Normalize([1.5m], "× ULN", "aPTT", null);

        Assert.Equal(new[] { 7.0 }, percent!.Values);
        Assert.Equal(UnitKind.Percent, percent.Kind);
        Assert.Equal(UnitKind.UpperLimitOfNormal, uln!.Kind);
        Assert.Equal(UnitNormalizer.UpperLimitOfNormal, uln.Unit);
    }

    [Theory]
    [InlineData("days", 3, 3)]
    [InlineData("weeks", 3, 21)]
    [InlineData("months", 6, 182.625)]
    [InlineData("years", 1, 365.25)]
    public void Time_units_normalise_to_days_as_registry_ages_count_them(string unit, int value, double days)
    {
        var normalized = UnitNormalizer.Normalize([value], unit, null, null);

        Assert.Equal(UnitKind.Time, normalized!.Kind);
        Assert.Equal("d", normalized.Unit);
        Assert.Equal(days, normalized.Values[0], 6);
    }

    [Fact]
    public void An_analyte_normalises_to_its_own_unit_and_an_unknown_unit_to_nothing()
    {
        var creatinine = UnitNormalizer.Normalize([1.5m], "mg/dL", "creatinine", ConstraintCases.Units);
        var hbA1c = UnitNormalizer.Normalize([53m], "mmol/mol", "HbA1c", ConstraintCases.Units);

        Assert.Equal("umol/L", creatinine!.Unit);
        Assert.Equal(132.6025, creatinine.Values[0], 4);
        Assert.Equal("%", hbA1c!.Unit);
        Assert.Equal(7.0, hbA1c.Values[0], 2);
        Assert.Null(UnitNormalizer.Normalize([3m], "furlongs", null, ConstraintCases.Units));
    }
}
