using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>Screening every trial of an <see cref="OpenTrialSet"/> at once gives each trial the full screening's verdict.</summary>
public sealed class OpenTrialSetTests
{
    [Fact]
    public void Every_seed_trial_gets_the_full_screenings_verdict_for_every_case_patient()
    {
        // Given the seed trials, and each seed's criteria again under another trial's conditions and titles
        var seeds = ScreeningCases.Seeds;
        var trials = new List<(string, ProtocolSection?, ParsedCriteria)>();
        for (var i = 0; i < seeds.Count; i++)
        {
            var other = seeds[(i + 1) % seeds.Count].Study.ProtocolSection!;
            trials.Add((seeds[i].Id, seeds[i].Study.ProtocolSection, seeds[i].Criteria));
            trials.Add(("COPY-" + seeds[i].Id, other with { EligibilityModule = seeds[i].Study.ProtocolSection?.EligibilityModule }, seeds[i].Criteria));
        }

        var patients = new List<(string, Patient)>();
        foreach (string name in ScreeningCases.Names())
        {
            patients.Add((name, ScreeningCases.Patient(name)));
        }


        // When every case patient is screened against all of them at once, Then each verdict is the full one
        Assert.Empty(OpenTrialSetEquality.Differences(trials, patients));
    }

    [Fact]
    public void A_criterion_naming_a_trials_own_condition_is_screened_with_each_trials_conditions()
    {
        // Given two trials sharing one exclusion, one of them a breast cancer trial
        var criteria = ConstraintExtractor.Parse("Exclusion Criteria:\n- History of breast cancer");
        var trials = new List<(string, ProtocolSection?, ParsedCriteria)>
        {
            ("NCT00000001", Protocol("Breast Cancer"), criteria),
            ("NCT00000002", Protocol("Hypertension"), criteria),
            ("NCT00000003", null, criteria),
        };
        var patient = ClinicalNoteReader.Read("A 42-year-old woman with breast cancer, stage II, found on biopsy.").Patient!;

        // When she is screened against all three at once
        var screened = OpenTrialSet.Build(trials.Select(t => OpenTrialSetEquality.Open(t.Item1, t.Item2, t.Item3))).Screen(patient, null, default);

        // Then only the breast cancer trial leaves the exclusion open, as the full screening does
        Assert.Equal(TrialVerdict.PossiblyEligible, screened.VerdictOf("NCT00000001"));
        Assert.Equal(TrialVerdict.NotEligible, screened.VerdictOf("NCT00000002"));
        Assert.Equal(TrialVerdict.NotEligible, screened.VerdictOf("NCT00000003"));
        Assert.Empty(OpenTrialSetEquality.Differences(trials, [("note", patient)]));
    }

    [Fact]
    public void Trials_sharing_stored_criteria_share_one_reading_of_them()
    {
        // Given three trials, two with the same criteria
        var same = ConstraintExtractor.Parse("Inclusion Criteria:\n- Age 18 to 65 years\n- Platelets > 100 x10^9/L");
        var other = ConstraintExtractor.Parse("Exclusion Criteria:\n- Pregnancy");

        // When the set is built
        var set = OpenTrialSet.Build([
            OpenTrialSetEquality.Open("NCT00000001", Protocol("Anemia"), same),
            OpenTrialSetEquality.Open("NCT00000002", Protocol("Anemia"), same),
            OpenTrialSetEquality.Open("NCT00000003", Protocol("Anemia"), other)]);

        // Then it holds three trials and two readings of criteria
        Assert.Equal(3, set.Count);
        Assert.Equal(2, set.DistinctCriteriaSets);
        Assert.Equal(3, set.DistinctCriteria);
    }

    [Fact]
    public void An_empty_set_counts_nothing()
    {
        var screened = OpenTrialSet.Empty.Screen(new Patient(), null, default);

        Assert.Equal(0, screened.Screened);
        Assert.Null(screened.VerdictOf("NCT00000001"));
    }

    private static ProtocolSection Protocol(string condition) => new()
    {
        IdentificationModule = new IdentificationModule { NctId = "NCT00000000", BriefTitle = "A study of " + condition },
        ConditionsModule = new ConditionsModule { Conditions = [condition] },
    };
}
