using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Tests.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Screening;

public sealed class ScreeningCaseTests
{
    [Theory]
    [MemberData(nameof(ScreeningCases.Names), MemberType = typeof(ScreeningCases))]
    public void Screening_a_patient_against_the_seed_trials_gives_the_expected_verdicts(string file)
    {
        var patient = ScreeningCases.Patient(file);

        var rendering = ScreeningCases.Render(patient);

        PatientCases.AssertMatchesExpected(Path.Combine("..", "Screening"), Path.GetFileNameWithoutExtension(file), rendering);
    }

    [Fact]
    public void A_45_year_old_woman_is_excluded_from_the_trials_for_women_of_20_to_40()
    {
        var patient = ScreeningCases.Patient("woman-45.json");

        var poi = ScreeningCases.Screen(patient, "NCT03033277");
        var iua = ScreeningCases.Screen(patient, "LOCAL-IUA-IPS-EXO");

        Assert.Equal(TrialVerdict.NotEligible, poi.Verdict);
        Assert.Equal("Maximum age: 40 Years", poi.Deciding!.Text);
        Assert.Equal(TrialVerdict.NotEligible, iua.Verdict);
        Assert.Contains("aged 20-40", iua.Deciding!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_man_is_excluded_from_the_female_only_trials_but_not_from_the_cirrhosis_trial()
    {
        var patient = ScreeningCases.Patient("man-38-hepatitis-b.json");

        Assert.Equal(TrialVerdict.NotEligible, ScreeningCases.Screen(patient, "NCT03033277").Verdict);
        Assert.Equal(TrialVerdict.NotEligible, ScreeningCases.Screen(patient, "LOCAL-IUA-IPS-EXO").Verdict);
        Assert.NotEqual(TrialVerdict.NotEligible, ScreeningCases.Screen(patient, "NCT05106972").Verdict);
    }

    [Fact]
    public void Platelets_of_40_billion_per_litre_meet_the_adhesion_trials_thrombocytopenia_exclusion()
    {
        var patient = ScreeningCases.Patient("woman-32-platelets-40.json");

        var iua = ScreeningCases.Screen(patient, "LOCAL-IUA-IPS-EXO");

        Assert.Equal(TrialVerdict.NotEligible, iua.Verdict);
        var deciding = iua.Deciding!;
        Assert.Equal(CriterionOrigin.Exclusion, deciding.Origin);
        Assert.Contains("platelets <50", deciding.Text, StringComparison.Ordinal);
        Assert.Equal("$.observations[0]", Assert.Single(deciding.Evidence).Source.ToString());
    }

    [Fact]
    public void A_patient_matching_everything_known_is_possibly_eligible_with_the_facts_still_missing()
    {
        var patient = ScreeningCases.Patient("woman-30-poi.json");

        var poi = ScreeningCases.Screen(patient, "NCT03033277");

        Assert.Equal(TrialVerdict.PossiblyEligible, poi.Verdict);
        Assert.Null(poi.Deciding);
        Assert.DoesNotContain(poi.Criteria, c => c.Origin == CriterionOrigin.RegistryField && c.Verdict != CriterionVerdict.Met);
        Assert.Contains(poi.Criteria, c => c.Text.StartsWith("Primary amenorrhea", StringComparison.Ordinal) && c.Verdict == CriterionVerdict.NotMet);
        Assert.Contains(poi.MissingFacts, m => m.Key == "condition:thyroid dysfunction");
    }
}
