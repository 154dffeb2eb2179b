using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// "Concurrent" and "concomitant" treatments are those the patient has now: one stopped does not count, one named
/// without a status is taken as still taken, and a procedure had may be over.
/// </summary>
public sealed class CurrentTreatmentScreeningTests
{
    private static Patient Taking(string name, string status) => PatientJsonReader.Read(
        $$"""{ "version": 1, "age": { "value": 50, "unit": "years" }, "medications": [ { "name": "{{name}}", "status": "{{status}}" } ] }""").Patient!;

    private static CriterionScreening Screen(Patient patient, string criteria) =>
        Screener.Screen(patient, null, ConstraintExtractor.Parse(criteria)).Criteria.Single();

    [Theory]
    [InlineData("active", CriterionVerdict.Met)]
    [InlineData("past", CriterionVerdict.NotMet)]
    [InlineData("unknown", CriterionVerdict.Met)]
    public void A_concomitant_medicine_exclusion_counts_only_what_the_patient_may_still_take(string status, CriterionVerdict expected)
    {
        var criterion = Screen(Taking("corticosteroids", status), "Exclusion Criteria:\n- Concomitant corticosteroids");

        Assert.Equal(expected, criterion.Verdict);
    }

    [Fact]
    public void A_medicine_taken_in_the_past_still_counts_for_a_criterion_about_any_use()
    {
        var criterion = Screen(Taking("corticosteroids", "past"), "Exclusion Criteria:\n- Prior corticosteroids");

        Assert.Equal(CriterionVerdict.Met, criterion.Verdict);
    }

    [Fact]
    public void Radiotherapy_the_patient_had_leaves_no_concurrent_radiotherapy_open_and_meets_no_prior_radiotherapy_against_them()
    {
        var patient = ClinicalNoteReader.Read("A 45-year-old man with anaplastic astrocytoma s/p radiation.").Patient!;

        Assert.Equal(CriterionVerdict.Unknown, Screen(patient, "Inclusion Criteria:\n- No concurrent radiotherapy").Verdict);
        Assert.Equal(CriterionVerdict.NotMet, Screen(patient, "Inclusion Criteria:\n- No prior radiotherapy").Verdict);
    }

    [Theory]
    [InlineData("No prior myelosuppressive chemotherapy", CriterionVerdict.Unknown)]
    [InlineData("No prior allogeneic transplant", CriterionVerdict.Unknown)]
    [InlineData("No prior chemotherapy", CriterionVerdict.NotMet)]
    [InlineData("No prior transplant", CriterionVerdict.NotMet)]
    public void A_treatment_named_with_a_kind_is_not_settled_by_its_class_alone(string criterion, CriterionVerdict expected)
    {
        var patient = ClinicalNoteReader.Read("A 64-year-old woman with multiple myeloma, treated with chemotherapy and then a stem cell transplant.").Patient!;

        Assert.Equal(expected, Screen(patient, "Inclusion Criteria:\n- " + criterion).Verdict);
    }
}
