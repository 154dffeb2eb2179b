using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>A trial's verdict from its criteria's, and the questions ranked over several trials' verdicts.</summary>
public sealed class TrialVerdictTests
{
    private static readonly Patient Woman45 = Read("""
        { "version": 1, "age": { "value": 45, "unit": "years" }, "sex": "female",
          "observations": [ { "name": "hemoglobin", "value": 12.1, "unit": "g/dL" }, { "name": "platelet count", "value": 210, "unit": "x10^9/L" } ],
          "pregnancy": { "pregnant": "no", "lactating": "no" } }
        """);

    private static Patient Read(string json)
    {
        var read = PatientJsonReader.Read(json);
        Assert.Empty(read.Problems);
        return read.Patient!;
    }

    private static TrialScreening Screen(Patient patient, string criteria, EligibilityModule? module = null) =>
        Screener.Screen(patient, module, ConstraintExtractor.Parse(criteria));

    [Fact]
    public void A_patient_meeting_every_criterion_with_nothing_unknown_is_likely_eligible()
    {
        var module = new EligibilityModule { Sex = Sex.Female, MinimumAge = new NormalizedTime(18, TimeUnit.Year), MaximumAge = new NormalizedTime(65, TimeUnit.Year) };
        const string Criteria = """
            Inclusion Criteria:
            - Women aged 18 to 65 years
            - Hemoglobin ≥ 9 g/dL
            Exclusion Criteria:
            - Thrombocytopenia (platelets <50×10⁹/L)
            - Pregnant or lactating women
            """;

        var screening = Screen(Woman45, Criteria, module);

        Assert.Equal(TrialVerdict.LikelyEligible, screening.Verdict);
        Assert.Null(screening.Deciding);
        Assert.Empty(screening.MissingFacts);
        Assert.All(screening.Criteria, c => Assert.False(c.RulesOut));
        Assert.DoesNotContain(screening.Criteria, c => c.Verdict == CriterionVerdict.Unknown);
    }

    [Fact]
    public void One_fact_left_unknown_makes_the_same_patient_only_possibly_eligible()
    {
        var screening = Screen(Woman45, "Inclusion Criteria:\n- Hemoglobin ≥ 9 g/dL\n- HbA1c < 6.5%");

        Assert.Equal(TrialVerdict.PossiblyEligible, screening.Verdict);
        Assert.Equal("observation:hba1c", Assert.Single(screening.MissingFacts).Key);
    }

    [Fact]
    public void The_question_that_would_settle_more_possibly_eligible_trials_comes_first_with_its_count()
    {
        // Asked about first, by one trial only: HbA1c. Asked by two trials: bilirubin. The not-eligible trial also
        // lacks HbA1c, but a trial already ruled out is settled and must not add to the count.
        var screenings = new[]
        {
            Screen(Woman45, "Exclusion Criteria:\n- Uncontrolled diabetes (HbA1c >7%)\n- Total bilirubin > 2 mg/dL"),
            Screen(Woman45, "Exclusion Criteria:\n- Total bilirubin > 2 mg/dL"),
            Screen(Woman45, "Inclusion Criteria:\n- Aged 18 to 30 years\n- HbA1c > 7%"),
        };
        Assert.Equal(
            [TrialVerdict.PossiblyEligible, TrialVerdict.PossiblyEligible, TrialVerdict.NotEligible],
            screenings.Select(s => s.Verdict));

        var questions = OpenQuestions.Rank(screenings);

        Assert.Equal(
            [("observation:bilirubin", 2), ("observation:hba1c", 1)],
            questions.Select(q => (q.Key, q.Trials)));
    }
}
