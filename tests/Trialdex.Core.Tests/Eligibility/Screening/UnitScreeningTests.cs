using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Tests.Eligibility.Units;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// Laboratory values written in another unit than the criterion's, screened with the bundled UCUM units: the
/// screener converts the patient's value into the criterion's unit before comparing (as <c>trialdex match</c>
/// and the prescreen API do), and without units it leaves the criterion unknown rather than compare unlike numbers.
/// </summary>
public sealed class UnitScreeningTests
{
    private static Patient Patient(string name, decimal value, string unit)
    {
        var read = PatientJsonReader.Read(
            $$"""{ "version": 1, "observations": [ { "name": "{{name}}", "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "unit": "{{unit}}" } ] }""");
        Assert.Empty(read.Problems);
        return read.Patient!;
    }

    private static CriterionScreening One(Patient patient, string criteria, Core.Eligibility.Units.UnitVocabulary? units) =>
        Assert.Single(Screener.Screen(patient, null, ConstraintExtractor.Parse(criteria), units).Criteria);

    [BundledUnitsTheory]
    [InlineData(150, CriterionVerdict.NotMet)]  // 150 µmol/L is 1.70 mg/dL
    [InlineData(120, CriterionVerdict.Met)]     // 120 µmol/L is 1.36 mg/dL
    public void Creatinine_in_micromoles_per_litre_is_compared_with_a_limit_in_milligrams_per_decilitre(int micromoles, CriterionVerdict expected)
    {
        var patient = Patient("creatinine", micromoles, "µmol/L");

        var criterion = One(patient, "Inclusion Criteria:\n- Serum creatinine ≤ 1.5 mg/dL", BundledUnits.Value);

        Assert.Equal(expected, criterion.Verdict);
        Assert.Equal("$.observations[0]", Assert.Single(criterion.Evidence).Source.ToString());
    }

    [BundledUnitsFact]
    public void Platelets_per_cubic_millimetre_meet_an_exclusion_written_in_billions_per_litre()
    {
        var patient = Patient("platelet count", 40000, "/mm3");

        var screening = Screener.Screen(patient, null, ConstraintExtractor.Parse("Exclusion Criteria:\n- Thrombocytopenia (platelets <50×10⁹/L)"), BundledUnits.Value);

        Assert.Equal(CriterionVerdict.Met, Assert.Single(screening.Criteria).Verdict);
        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
    }

    [BundledUnitsTheory]
    [InlineData(95, CriterionVerdict.Met)]     // 95 g/L is 9.5 g/dL
    [InlineData(85, CriterionVerdict.NotMet)]  // 85 g/L is 8.5 g/dL
    public void Hemoglobin_in_grams_per_litre_is_compared_with_a_limit_in_grams_per_decilitre(int gramsPerLitre, CriterionVerdict expected)
    {
        var patient = Patient("hemoglobin", gramsPerLitre, "g/L");

        Assert.Equal(expected, One(patient, "Inclusion Criteria:\n- Hemoglobin ≥ 9 g/dL", BundledUnits.Value).Verdict);
    }

    [Fact]
    public void Without_units_a_value_in_another_unit_leaves_the_criterion_unknown_and_asks_for_it()
    {
        var patient = Patient("creatinine", 150, "µmol/L");

        var criterion = One(patient, "Inclusion Criteria:\n- Serum creatinine ≤ 1.5 mg/dL", null);

        Assert.Equal(CriterionVerdict.Unknown, criterion.Verdict);
        Assert.Contains("does not compare with mg/dL", criterion.Reason, StringComparison.Ordinal);
    }
}
