using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// Criterion-level matching of a note's conditions and treatments against criteria: the trial's own condition,
/// the MeSH tree, denials, treatments by class and criteria whose words state their own polarity.
/// </summary>
public sealed class ScreenerConditionMatchingTests
{
    /// <summary>A small invented vocabulary with a tree: Neoplasms above a bronchogenic carcinoma, chronic hepatitis above autoimmune hepatitis.</summary>
    private static readonly MeshVocabulary Vocabulary = new(
    [
        new MeshDescriptor("D900101", "Neoplasms", ["Malignancy", "Malignancies", "Cancer"], ["C04"]),
        new MeshDescriptor("D900102", "Carcinoma, Bronchogenic", ["Bronchogenic Carcinoma"], ["C04.588.894"]),
        new MeshDescriptor("D900103", "Hepatitis, Chronic", ["Chronic Hepatitis"], ["C06.552.380"]),
        new MeshDescriptor("D900104", "Hepatitis, Autoimmune", ["Autoimmune Hepatitis"], ["C06.552.380.705"]),
        new MeshDescriptor("D900105", "Patients", ["Patient"], ["M01.643"]),
        new MeshDescriptor("D900106", "Essential Tremor", [], ["C10.597.350.850.500"]),
        new MeshDescriptor("D900107", "Disease", ["Diseases"], ["C23.550.288"]),
        new MeshDescriptor("D900108", "Asthma", [], ["C08.127.108"]),
        new MeshDescriptor("D900109", "Depression", ["Depressive Symptoms"], ["F01.145.126.350"]),
        new MeshDescriptor("D900110", "Emotions", [], ["F01.470"]),
    ]);

    [Theory]
    [InlineData("Exclusion Criteria:\n- Uncontrolled asthma")]
    [InlineData("Exclusion Criteria:\n- Severe or poorly controlled asthma")]
    [InlineData("Exclusion Criteria:\n- Clinically significant asthma")]
    [InlineData("Inclusion Criteria:\n- No serious concurrent asthma")]
    public void A_condition_named_with_a_degree_is_not_settled_by_the_condition_alone(string text)
    {
        var criteria = Criteria(text, Vocabulary);

        var asthma = Screener.Screen(Note("A 39-year-old man with asthma.", Vocabulary), null, criteria, vocabulary: Vocabulary);
        var uncontrolled = Screener.Screen(Note("A 39-year-old man with poorly controlled asthma.", Vocabulary), null, criteria, vocabulary: Vocabulary);
        var none = Screener.Screen(Note("A 39-year-old man. He denies asthma.", Vocabulary), null, criteria, vocabulary: Vocabulary);

        Assert.Contains(criteria.Criteria.Single().Constraints, c => c.Flags.HasFlag(ConstraintFlags.Qualified));
        Assert.Equal(CriterionVerdict.Unknown, asthma.Criteria.Single().Verdict);
        Assert.Contains("not how severe", asthma.Criteria.Single().Reason, StringComparison.Ordinal);
        Assert.NotEqual(CriterionVerdict.Unknown, uncontrolled.Criteria.Single().Verdict);
        Assert.Equal("poorly controlled", Note("A 39-year-old man with poorly controlled asthma.", Vocabulary).Conditions.Single().Degree);
        Assert.NotEqual(CriterionVerdict.Unknown, none.Criteria.Single().Verdict);
    }

    [Theory]
    [InlineData("Inclusion Criteria:\n- Negative history of seasonal allergic asthma", true)]
    [InlineData("Exclusion Criteria:\n- Persistent asthma", true)]
    [InlineData("Exclusion Criteria:\n- Patients who developed asthma", false)]
    [InlineData("Exclusion Criteria:\n- Clinical diagnosis of asthma", false)]
    [InlineData("Exclusion Criteria:\n- Documented asthma", false)]
    public void A_condition_named_with_a_kind_the_record_does_not_state_is_not_settled_by_the_condition_alone(string text, bool kind)
    {
        var criteria = Criteria(text, Vocabulary);

        var screening = Screener.Screen(Note("A 39-year-old man with asthma.", Vocabulary), null, criteria, vocabulary: Vocabulary);

        Assert.Equal(kind, criteria.Criteria.Single().Constraints.Single(c => c.Field == "Asthma").Flags.HasFlag(ConstraintFlags.Qualified));
        Assert.Equal(kind, screening.Criteria.Single().Verdict == CriterionVerdict.Unknown);
    }

    [Fact]
    public void A_condition_named_plainly_is_settled_by_the_condition()
    {
        var criteria = Criteria("Exclusion Criteria:\n- History of asthma", Vocabulary);

        var screening = Screener.Screen(Note("A 39-year-old man with asthma.", Vocabulary), null, criteria, vocabulary: Vocabulary);

        Assert.DoesNotContain(criteria.Criteria.Single().Constraints, c => c.Flags.HasFlag(ConstraintFlags.Qualified));
        Assert.Equal(CriterionVerdict.Met, screening.Criteria.Single().Verdict);
    }

    [Fact]
    public void Criteria_read_back_from_the_store_leave_out_descriptors_that_name_no_condition_as_freshly_parsed_ones_do()
    {
        var vocabulary = new MeshVocabulary(
        [
            new MeshDescriptor("D900201", "Patients", ["Patient"], ["M01.643"]),
            new MeshDescriptor("D900202", "Diagnosis", [], ["E01"]),
            new MeshDescriptor("D900203", "Asthma", [], ["C08.127.108"]),
        ]);
        var parsed = Criteria("Inclusion Criteria:\n- Patients with a diagnosis of asthma", vocabulary);
        var stored = StoredCriteria.Deserialize(StoredCriteria.Serialize(parsed));
        var patient = Note("A 39-year-old man.", vocabulary);

        var fresh = Screener.Screen(patient, null, parsed, vocabulary: vocabulary);
        var fromStore = Screener.Screen(patient, null, stored, vocabulary: vocabulary);

        Assert.All(stored.Criteria.Single().Constraints.SelectMany(c => c.Descriptors), d => Assert.Empty(d.TreeNumbers));
        Assert.Equal(fresh.Criteria.Single().Reason, fromStore.Criteria.Single().Reason);
        Assert.Equal(["Does the patient have Asthma?"], fromStore.Criteria.Single().Missing.Select(m => m.Question));
    }

    [Theory]
    [InlineData("Pulmonary Disease, Chronic Obstructive", "Chronic Obstructive Pulmonary Disease")]
    [InlineData("Diabetes Mellitus, Type 2", "Type 2 Diabetes Mellitus")]
    [InlineData("Leukemia, Lymphocytic, Chronic, B-Cell", "B-Cell Chronic Lymphocytic Leukemia")]
    [InlineData("Asthma", "Asthma")]
    [InlineData("Wounds and Injuries", "Wounds and Injuries")]
    public void Questions_name_a_MeSH_heading_in_the_order_people_say_it(string heading, string said)
    {
        Assert.Equal(said, Questions.Display(heading));
        Assert.Equal($"Does the patient have {said}?", Questions.Condition(heading).Question);
    }

    [Fact]
    public void A_behavioural_symptom_such_as_depression_is_a_condition_in_notes_and_criteria_and_an_emotion_is_not()
    {
        var patient = Note("A 47-year-old woman with depression for 3 weeks.", Vocabulary);
        var criteria = Criteria("Exclusion Criteria:\n- History of depression\n- Emotions", Vocabulary);

        var screening = Screener.Screen(patient, null, criteria, vocabulary: Vocabulary);

        Assert.Contains(patient.Conditions, c => c.MeshId == "D900109");
        Assert.Equal(CriterionVerdict.Met, screening.Criteria.Single(c => c.Text == "History of depression").Verdict);
        Assert.NotEqual(CriterionVerdict.Met, screening.Criteria.Single(c => c.Text == "Emotions").Verdict);
    }

    [Fact]
    public void A_condition_the_trials_title_names_is_the_trials_own_and_does_not_count_against_the_patient()
    {
        var patient = Note("A 61-year-old man with bronchogenic carcinoma.", Vocabulary);
        var criteria = Criteria("Inclusion Criteria:\n- No other prior malignancy", Vocabulary);
        Trialdex.Core.Studies.ProtocolSection Trial(string title) => new()
        {
            IdentificationModule = new Trialdex.Core.Studies.IdentificationModule { NctId = "NCT00000001", BriefTitle = title },
            ConditionsModule = new Trialdex.Core.Studies.ConditionsModule { Conditions = ["Lung Diseases"] },
        };

        var own = Screener.ScreenTrial(patient, Trial("Chemotherapy in Treating Patients With Bronchogenic Carcinoma"), criteria, vocabulary: Vocabulary);
        var other = Screener.ScreenTrial(patient, Trial("Chemotherapy in Treating Patients With Lung Diseases"), criteria, vocabulary: Vocabulary);
        var broader = Screener.ScreenTrial(patient, Trial("Chemotherapy in Treating Patients With Advanced Malignancies"), criteria, vocabulary: Vocabulary);

        Assert.Equal(CriterionVerdict.Unknown, own.Criteria.Single(c => c.Text == "No other prior malignancy").Verdict);
        Assert.Equal(CriterionVerdict.Unknown, broader.Criteria.Single(c => c.Text == "No other prior malignancy").Verdict);
        Assert.Equal(CriterionVerdict.NotMet, other.Criteria.Single(c => c.Text == "No other prior malignancy").Verdict);
    }

    [Fact]
    public void An_exclusion_naming_the_trials_own_condition_stays_unknown_for_a_patient_who_has_it()
    {
        var patient = Note("A 42-year-old woman with breast cancer, stage II, found on biopsy.");
        var criteria = Criteria("Exclusion Criteria:\n- History of breast cancer");

        var alone = Screener.Screen(patient, null, criteria);
        var inTrial = Screener.Screen(patient, null, criteria, trialConditions: ["Breast Cancer"]);

        Assert.Equal(TrialVerdict.NotEligible, alone.Verdict);
        Assert.Equal(TrialVerdict.PossiblyEligible, inTrial.Verdict);
        Assert.Contains("a condition the trial studies", Assert.Single(inTrial.Criteria).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inclusion_naming_the_trials_own_condition_is_still_met()
    {
        var patient = Note("A 42-year-old woman with breast cancer.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Histologically confirmed breast cancer"), trialConditions: ["Breast Cancer"]);

        Assert.Equal(CriterionVerdict.Met, Assert.Single(screening.Criteria).Verdict);
    }

    [Fact]
    public void A_patients_condition_below_the_criterions_descriptor_in_the_mesh_tree_meets_it_only_with_the_vocabulary()
    {
        var patient = Note("A 60-year-old man with bronchogenic carcinoma.", Vocabulary);
        var criteria = Criteria("Exclusion Criteria:\n- History of malignancy", Vocabulary);

        var withTree = Screener.Screen(patient, null, criteria, vocabulary: Vocabulary);
        var without = Screener.Screen(patient, null, criteria);

        Assert.Equal(TrialVerdict.NotEligible, withTree.Verdict);
        Assert.Equal(CriterionVerdict.Unknown, Assert.Single(without.Criteria).Verdict);
    }

    [Fact]
    public void Denying_a_narrow_condition_says_nothing_of_a_broader_one()
    {
        var patient = Note("A 53-year-old man. He denies autoimmune hepatitis.", Vocabulary);

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Chronic hepatitis on liver biopsy", Vocabulary), vocabulary: Vocabulary);

        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void Denying_a_broad_condition_answers_a_narrower_one()
    {
        var patient = Note("A 50-year-old woman who denies diabetes.");

        var screening = Screener.Screen(patient, null, Criteria("Exclusion Criteria:\n- Type 2 diabetes"));

        Assert.Equal(CriterionVerdict.NotMet, Assert.Single(screening.Criteria).Verdict);
    }

    [Fact]
    public void Words_that_name_people_or_disease_in_general_do_not_keep_a_named_condition_from_being_met()
    {
        var patient = Note("A 70-year-old man with essential tremor.", Vocabulary);

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Patients with essential tremor", Vocabulary), vocabulary: Vocabulary);
        var general = Screener.Screen(patient, null, Criteria("Exclusion Criteria:\n- Patients with any other disease", Vocabulary), vocabulary: Vocabulary);

        Assert.Equal(CriterionVerdict.Met, Assert.Single(screening.Criteria).Verdict);
        Assert.NotEqual(TrialVerdict.NotEligible, general.Verdict);
    }

    [Fact]
    public void A_condition_stated_wins_over_the_same_condition_caught_in_a_wide_negation()
    {
        var patient = Note("A 70-year-old man with diabetes mellitus who does not take his diabetes tablets.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Diabetes mellitus"));

        Assert.Equal(CriterionVerdict.Met, Assert.Single(screening.Criteria).Verdict);
    }

    [Fact]
    public void A_prior_treatment_exclusion_is_met_by_a_regimen_of_the_same_class_named_in_the_note()
    {
        var patient = Note("A 61-year-old woman with lymphoma who received R-CHOP last year.");

        var screening = Screener.Screen(patient, null, Criteria("Exclusion Criteria:\n- Prior systemic chemotherapy"));

        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
        Assert.Equal("treatment chemotherapy", Assert.Single(screening.Deciding!.Evidence).Fact);
    }

    [Fact]
    public void A_requirement_of_no_prior_radiotherapy_is_not_met_after_radiation()
    {
        var patient = Note("A 38-year-old woman with a glioma, s/p irradiation.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- No prior radiotherapy"));

        Assert.Equal(CriterionVerdict.NotMet, Assert.Single(screening.Criteria).Verdict);
    }

    [Fact]
    public void The_not_of_including_but_not_limited_to_denies_nothing()
    {
        var patient = Note("A 66-year-old woman with essential tremor.", Vocabulary);

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Conditions including but not limited to asthma or essential tremor", Vocabulary), vocabulary: Vocabulary);

        Assert.Equal(CriterionVerdict.Met, Assert.Single(screening.Criteria).Verdict);
    }

    [Fact]
    public void A_requirement_opening_with_no_denies_everything_it_lists()
    {
        var patient = Note("A 34-year-old man. He denies asthma and eczema.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- No other significant allergic disease (asthma, eczema)"));

        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void An_inclusion_that_says_it_makes_patients_ineligible_is_read_as_an_exclusion()
    {
        var patient = Note("A 71-year-old man with gout.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Women who are pregnant or breastfeeding are ineligible."));

        var criterion = Assert.Single(screening.Criteria);
        Assert.Equal(CriterionOrigin.Exclusion, criterion.Origin);
        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void A_rule_for_women_beside_other_requirements_does_not_apply_to_a_man()
    {
        var patient = Note("A 66-year-old man with gout.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Women able to have children need a negative pregnancy test and must use birth control"));

        Assert.Equal(CriterionVerdict.NotApplicable, Assert.Single(screening.Criteria).Verdict);
    }

    [Fact]
    public void A_criterion_ending_in_a_colon_introduces_the_ones_after_it()
    {
        var patient = Note("A 44-year-old woman with lymphoma.");

        var screening = Screener.Screen(patient, null, Criteria("Inclusion Criteria:\n- Age 60 to 75 years:\n- Creatinine clearance at least 50 mL/min"));

        Assert.Equal(CriterionVerdict.NotApplicable, screening.Criteria[0].Verdict);
        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void A_denial_does_not_settle_a_criterion_when_the_record_also_names_a_broader_condition()
    {
        var patient = Note("A 53-year-old man, HCV positive. He denies prior hepatitis C treatment.");
        var denied = Note("A 53-year-old man. He denies hepatitis C.");
        var criteria = Criteria("Inclusion Criteria:\n- Chronic hepatitis C");

        Assert.NotEqual(CriterionVerdict.NotMet, Assert.Single(Screener.Screen(patient, null, criteria).Criteria).Verdict);
        Assert.Equal(CriterionVerdict.NotMet, Assert.Single(Screener.Screen(denied, null, criteria).Criteria).Verdict);
    }

    [Theory]
    [InlineData("Inclusion Criteria:\n- Not specified")]
    [InlineData("No eligibility criteria")]
    public void A_placeholder_that_states_no_requirement_asks_the_patient_nothing(string text)
    {
        var patient = Note("A 50-year-old woman with asthma.");

        var screening = Screener.Screen(patient, null, Criteria(text));

        Assert.Equal(CriterionVerdict.NotApplicable, Assert.Single(screening.Criteria).Verdict);
        Assert.Empty(screening.MissingFacts);
    }

    private static Patient Note(string text, MeshVocabulary? vocabulary = null) => ClinicalNoteReader.Read(text, vocabulary).Patient!;

    private static ParsedCriteria Criteria(string text, MeshVocabulary? vocabulary = null) => ConstraintExtractor.Parse(text, vocabulary);
}
