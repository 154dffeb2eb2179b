using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// An age that only says when another requirement applies ("consent of parent or guardian if under 18") never rules
/// a patient out; a patient outside it is not asked the criterion, one inside it is.
/// </summary>
public sealed class AgeConditionScreeningTests
{
    private static Patient Aged(int years, string more = "") =>
        ClinicalNoteReader.Read($"A {years}-year-old man with HIV infection. {more}").Patient!;

    private static CriterionScreening Screen(Patient patient, string criteria) =>
        Screener.Screen(patient, null, ConstraintExtractor.Parse(criteria)).Criteria.Single();

    [Theory]
    [InlineData("Inclusion Criteria:\n- Consent of parent or guardian if less than 18 years of age.")]
    [InlineData("Inclusion Criteria:\n- Signed, informed consent from parent or legal guardian for patients < 18 years of age.")]
    [InlineData("Inclusion Criteria:\n- Patients < 18 years of age must have written consent of parent or guardian.")]
    [InlineData("Inclusion Criteria:\n- Has consent of parent or legal guardian if under 18.")]
    [InlineData("Exclusion Criteria:\n- Must be able to give informed consent, older children (greater than or equal to 7 years old) who do not give assent, or persons who are wards of the state will be excluded from the study.")]
    public void A_consent_rule_for_minors_asks_nothing_of_an_adult_or_a_child(string criteria)
    {
        foreach (var years in new[] { 12, 35 })
        {
            var criterion = Screen(Aged(years), criteria);

            Assert.Equal(CriterionVerdict.NotApplicable, criterion.Verdict);
        }
    }

    [Fact]
    public void A_lower_age_limit_beside_a_consent_rule_for_minors_is_still_asked()
    {
        const string criteria = "Inclusion Criteria:\n- Are at least 13 years old (need consent of parent or guardian if under 18).";

        Assert.Equal(CriterionVerdict.Met, Screen(Aged(35), criteria).Verdict);
        Assert.Equal(CriterionVerdict.NotMet, Screen(Aged(10), criteria).Verdict);
    }

    [Fact]
    public void A_requirement_for_older_patients_is_not_asked_of_a_younger_one_and_is_of_an_older_one()
    {
        const string criteria = "Inclusion Criteria:\n- If older than 65, creatinine clearance ≥ 60 mL/min";

        var younger = Screen(WithClearance(40), criteria);
        var older = Screen(WithClearance(70), criteria);

        Assert.Equal(CriterionVerdict.NotApplicable, younger.Verdict);
        Assert.Contains("other ages", younger.Reason, StringComparison.Ordinal);
        Assert.Equal(CriterionVerdict.NotMet, older.Verdict);
    }

    private static Patient WithClearance(int years) => PatientJsonReader.Read(
        $$"""{ "version": 1, "age": { "value": {{years}}, "unit": "years" }, "observations": [ { "name": "creatinine clearance", "value": 50, "unit": "mL/min" } ] }""").Patient!;

    [Fact]
    public void A_disease_duration_after_a_label_is_not_read_as_the_patients_age()
    {
        var criterion = Screen(Aged(57), "Inclusion Criteria:\n- Duration from time of diagnosis of PD: less than 2 years");

        Assert.NotEqual(CriterionVerdict.NotMet, criterion.Verdict);
        Assert.DoesNotContain("age", criterion.Reason, StringComparison.Ordinal);
    }
}
