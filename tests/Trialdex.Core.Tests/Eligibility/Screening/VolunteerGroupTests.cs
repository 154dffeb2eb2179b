using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>A trial's group of healthy volunteers beside its patients does not rule a patient out.</summary>
public sealed class VolunteerGroupTests
{
    /// <summary>Modelled on NIH Clinical Center protocols that study patients beside healthy controls.</summary>
    private const string TwoGroups = """
        INCLUSION CRITERIA:
        Affected Subjects
          - 18 years of age or older
          - Chronic liver disease on evaluation by a referring practitioner
        Healthy Volunteers
          - 18 years of age or older
          - In good general health as evidenced by medical history
        EXCLUSION CRITERIA:
        Affected Participants
          - History of significant medical illnesses that might interfere with follow up
        A healthy volunteer who meets any of the following criteria will be excluded:
          - History of liver disease
          - BMI < 18 or BMI > 25
        """;

    private static readonly Patient LiverPatient = ClinicalNoteReader.Read("A 53-year-old man with chronic hepatitis C, a history of liver disease. BMI 27.").Patient!;

    private static TrialScreening Screen(Patient patient, string criteria) => Screener.Screen(patient, null, ConstraintExtractor.Parse(criteria));

    [Fact]
    public void A_patient_is_not_ruled_out_by_the_healthy_volunteers_requirements_of_a_trial_that_takes_patients_too()
    {
        var screening = Screen(LiverPatient, TwoGroups);

        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
        Assert.Empty(screening.RuledOutBy);
        var volunteers = screening.Criteria.Single(c => c.Text == "Healthy Volunteers");
        Assert.Equal(CriterionVerdict.NotApplicable, volunteers.Verdict);
        Assert.StartsWith("it is for the trial's healthy volunteers, another group: the patient has an active condition", volunteers.Reason, StringComparison.Ordinal);
        Assert.Equal(CriterionVerdict.NotApplicable, screening.Criteria.Single(c => c.Text.StartsWith("BMI", StringComparison.Ordinal)).Verdict);
        Assert.Equal(CriterionVerdict.NotApplicable, screening.Criteria.Single(c => c.Text == "History of liver disease").Verdict);
        Assert.Equal(CriterionVerdict.NotApplicable, screening.Criteria.Single(c => c.Text == "Affected Participants").Verdict);
    }

    [Theory]
    [InlineData("Affected Participants", true)]
    [InlineData("Patients", true)]
    [InlineData("Control group", true)]
    [InlineData("Patients with cirrhosis", false)]
    [InlineData("Able to give consent", false)]
    public void A_label_naming_a_group_of_participants_asks_nothing_of_the_patient(string criterion, bool label)
    {
        var screening = Screen(LiverPatient, "Inclusion Criteria:\n- " + criterion);

        Assert.Equal(label, screening.Criteria.Single(c => c.Text == criterion).Reason == "it names a group of participants, not a requirement");
    }

    [Theory]
    [InlineData("Patient may have Kaposi's sarcoma or basal cell carcinoma.", true)]
    [InlineData("Parkinson's disease may be associated with dementia.", true)]
    [InlineData("Prior radiotherapy may be allowed", true)]
    [InlineData("Patients may not have chronic liver disease", false)]
    [InlineData("Chronic liver disease that may interfere with the study", false)]
    [InlineData("No chronic liver disease", false)]
    public void A_criterion_saying_what_a_patient_may_have_asks_nothing(string criterion, bool permits)
    {
        var screening = Screen(LiverPatient, "Inclusion Criteria:\n- " + criterion);

        Assert.Equal(permits, screening.Criteria.Single(c => c.Text == criterion).Reason == "it says what is allowed, not what is required");
    }

    [Fact]
    public void A_rule_for_the_trials_healthy_volunteers_is_not_asked_of_a_patient()
    {
        var screening = Screen(LiverPatient, "Inclusion Criteria:\n- Healthy volunteers must not have a history of liver disease or BMI > 25");

        Assert.Equal(CriterionVerdict.NotApplicable, screening.Criteria.Single().Verdict);
        Assert.Equal("the criterion is for the trial's healthy volunteers", screening.Criteria.Single().Reason);
    }

    [Theory]
    [InlineData("Patients must not be pregnant or breastfeeding.", CriterionVerdict.Met, CriterionOrigin.Inclusion)]
    [InlineData("Patients who must take warfarin", CriterionVerdict.Unknown, CriterionOrigin.Exclusion)]
    [InlineData("Subjects must be excluded if pregnant", CriterionVerdict.NotMet, CriterionOrigin.Exclusion)]
    public void An_exclusion_written_as_a_requirement_is_read_as_one(string criterion, CriterionVerdict expected, CriterionOrigin origin)
    {
        var man = ClinicalNoteReader.Read("A 53-year-old man with chronic hepatitis C.").Patient!;

        var screening = Screen(man, "Exclusion Criteria:\n- " + criterion);

        Assert.Equal(expected, screening.Criteria.Single().Verdict);
        Assert.Equal(origin, screening.Criteria.Single().Origin);
        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void An_exclusion_saying_what_a_patient_may_have_is_still_an_exclusion()
    {
        var screening = Screen(LiverPatient, "Exclusion Criteria:\n- Patients may have chronic liver disease");

        Assert.NotEqual("it says what is allowed, not what is required", screening.Criteria.Single().Reason);
    }

    [Fact]
    public void A_healthy_volunteer_is_still_held_to_the_volunteers_requirements()
    {
        var volunteer = PatientJsonReader.Read("""{ "version": 1, "age": { "value": 30, "unit": "years" }, "healthyVolunteer": true, "observations": [ { "name": "body mass index", "value": 27, "unit": "kg/m2" } ] }""").Patient!;

        var screening = Screen(volunteer, TwoGroups);

        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
        Assert.StartsWith("BMI", screening.Deciding!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inclusion Criteria:\n- Healthy volunteers\n- Age 18 to 45 years\nExclusion Criteria:\n- Any chronic disease")]
    [InlineData("INCLUSION CRITERIA:\nHealthy volunteers between the ages of 18-65 years.\nPatients will be eligible for this study if both molars are impacted.")]
    public void A_trial_only_for_healthy_volunteers_still_rules_a_patient_out(string criteria)
    {
        var screening = Screen(LiverPatient, criteria);

        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
        Assert.Contains(screening.RuledOutBy, c => c.ConstraintKind == ConstraintKind.HealthyVolunteers);
    }

    [Fact]
    public void A_topic_heading_beside_the_volunteers_makes_no_second_group()
    {
        var screening = Screen(LiverPatient, "INCLUSION CRITERIA:\nHealthy volunteers must:\n- Be 18 to 45 years of age\n- Be healthy\nGeneral:\n- Able to give consent\nExclusion Criteria:\n- History of liver disease");

        Assert.DoesNotContain(screening.Criteria, c => c.Reason.StartsWith("it is for the trial's healthy volunteers", StringComparison.Ordinal));
        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void Screening_every_open_trial_at_once_reads_the_groups_as_the_full_screening_does()
    {
        var trials = new List<(string, ProtocolSection?, ParsedCriteria)>
        {
            ("NCT00000001", null, ConstraintExtractor.Parse(TwoGroups)),
            ("NCT00000002", null, ConstraintExtractor.Parse("Inclusion Criteria:\n- Healthy volunteers\n- History of liver disease")),
        };

        Assert.Empty(OpenTrialSetEquality.Differences(trials, [("liver", LiverPatient)]));
        var screened = OpenTrialSet.Build(trials.Select(t => OpenTrialSetEquality.Open(t.Item1, t.Item2, t.Item3))).Screen(LiverPatient, null, default);
        Assert.NotEqual(TrialVerdict.NotEligible, screened.VerdictOf("NCT00000001"));
        Assert.Equal(TrialVerdict.NotEligible, screened.VerdictOf("NCT00000002"));
    }
}
