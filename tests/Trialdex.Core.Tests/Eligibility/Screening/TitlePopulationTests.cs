using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Screening;

public sealed class TitlePopulationTests
{
    [Theory]
    [InlineData("Sleep Patterns in Children With Migraine")]
    [InlineData("Springfield Children's Heart Study")]
    [InlineData("Vitamin D in Premature Infants")]
    [InlineData("Adolescent Sleep and Weight Gain")]
    public void An_adult_is_not_eligible_for_a_study_whose_title_names_children(string title)
    {
        var screening = Screener.ScreenTrial(Adult, Trial(title), ParsedCriteria.Empty);

        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
        Assert.True(screening.Deciding!.IsDemographic);
        Assert.StartsWith("Title: a study of", screening.Deciding.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Iron Supplements for Pregnant Women and Their Babies")]
    [InlineData("Exercise for Adolescents and Young Adults After Cancer")]
    [InlineData("Heart Health in Survivors of Childhood Leukemia")]
    [InlineData("Diet Advice in Child-Pugh Class A Cirrhosis")]
    [InlineData("Adult Height of Girls Treated With Growth Hormone")]
    public void Titles_naming_adults_too_or_child_in_another_sense_rule_nobody_out(string title)
    {
        var screening = Screener.ScreenTrial(Adult, Trial(title), ParsedCriteria.Empty);

        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
    }

    [Fact]
    public void A_child_or_a_patient_of_unknown_age_is_not_ruled_out_by_the_title()
    {
        var child = ClinicalNoteReader.Read("A 9-year-old girl with epilepsy.").Patient!;
        var unknown = ClinicalNoteReader.Read("A woman with epilepsy.").Patient!;
        var trial = Trial("Sleep Patterns in Children With Epilepsy");

        Assert.NotEqual(TrialVerdict.NotEligible, Screener.ScreenTrial(child, trial, ParsedCriteria.Empty).Verdict);
        Assert.NotEqual(TrialVerdict.NotEligible, Screener.ScreenTrial(unknown, trial, ParsedCriteria.Empty).Verdict);
    }

    [Theory]
    [InlineData("A Pilot Trial of Tamoxifen in Persons at High Risk for Developing Breast Cancer", "A 50-year-old woman with breast cancer.")]
    [InlineData("Breast Imaging Studies in Women at High Genetic Risk of Breast Cancer: Annual Follow-Up Study", "A 50-year-old woman with a history of breast cancer.")]
    [InlineData("Screening Women at Increased Risk of Breast Cancer", "A 50-year-old woman with lobular breast carcinoma.")]
    public void A_patient_with_the_disease_or_a_narrower_form_is_not_eligible_for_a_study_of_people_at_risk_of_it(string title, string note)
    {
        var patient = ClinicalNoteReader.Read(note, Mesh).Patient!;

        var screening = Screener.ScreenTrial(patient, Trial(title), ParsedCriteria.Empty, vocabulary: Mesh);

        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
        Assert.StartsWith("Title: people at risk of Breast Cancer", screening.Deciding!.Text, StringComparison.Ordinal);
        Assert.Contains("the patient has", screening.Deciding.Reason, StringComparison.Ordinal);
        Assert.Equal(CriterionVerdict.NotMet, screening.Deciding.Verdict);
    }

    [Theory]
    [InlineData("Tamoxifen in Persons at High Risk for Developing Breast Cancer", "A 50-year-old woman with hypertension. She denies breast cancer.")]
    [InlineData("Evaluation of Patients With or at Risk for Breast Cancer", "A 50-year-old woman with breast cancer.")]
    [InlineData("Biological Therapy in Patients at High-Risk or With Breast Cancer", "A 50-year-old woman with breast cancer.")]
    [InlineData("Chemotherapy for Women With Breast Cancer at High Risk for Relapse", "A 50-year-old woman with breast cancer and recurrence.")]
    [InlineData("Tamoxifen in Women With High-Risk Breast Cancer", "A 50-year-old woman with breast cancer.")]
    public void A_title_taking_in_people_who_have_it_or_a_risk_that_is_no_disease_or_a_patient_without_it_rules_nobody_out(string title, string note)
    {
        var patient = ClinicalNoteReader.Read(note, Mesh).Patient!;

        var screening = Screener.ScreenTrial(patient, Trial(title), ParsedCriteria.Empty, vocabulary: Mesh);

        Assert.NotEqual(TrialVerdict.NotEligible, screening.Verdict);
        Assert.DoesNotContain(screening.Criteria, c => c.Text.StartsWith("Title:", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_vocabulary_the_disease_is_matched_by_its_words()
    {
        var patient = ClinicalNoteReader.Read("A 50-year-old woman with breast cancer.").Patient!;

        Assert.Equal(TrialVerdict.NotEligible, Screener.ScreenTrial(patient, Trial("Women at High Risk of Breast Cancer"), ParsedCriteria.Empty).Verdict);
        Assert.NotEqual(TrialVerdict.NotEligible, Screener.ScreenTrial(patient, Trial("Women at High Risk of Ovarian Cancer"), ParsedCriteria.Empty).Verdict);
    }

    [Fact]
    public void The_open_trial_set_reads_the_population_of_titles_as_the_full_screening_does()
    {
        var trials = new List<(string, ProtocolSection?, ParsedCriteria)>
        {
            ("NCT00000001", Trial("Tamoxifen in Persons at High Risk for Developing Breast Cancer"), ParsedCriteria.Empty),
            ("NCT00000002", Trial("Sleep in Children With Breast Cancer Survivors at Risk of Breast Cancer"), ParsedCriteria.Empty),
            ("NCT00000003", Trial("Sleep Patterns in Children With Migraine"), ParsedCriteria.Empty),
        };
        var patients = new[] { "A 50-year-old woman with breast cancer.", "A 9-year-old girl with breast cancer.", "A 50-year-old woman." }
            .Select(n => (n, ClinicalNoteReader.Read(n, Mesh).Patient!));

        Assert.Empty(OpenTrialSetEquality.Differences(trials, patients, Mesh));
    }

    /// <summary>An invented vocabulary with breast cancer above a narrower form, and a sign.</summary>
    private static MeshVocabulary Mesh { get; } = new(
    [
        new MeshDescriptor("D900401", "Breast Neoplasms", ["Breast Cancer", "Breast Carcinoma"], ["C04.588.180"]),
        new MeshDescriptor("D900402", "Carcinoma, Lobular", ["Lobular Breast Carcinoma"], ["C04.588.180.390"]),
        new MeshDescriptor("D900403", "Recurrence", ["Relapse"], ["C23.550.291.937"]),
        new MeshDescriptor("D900404", "Hypertension", [], ["C14.907.489"]),
    ]);

    private static Patient Adult { get; } = ClinicalNoteReader.Read("A 41-year-old man with epilepsy.").Patient!;

    private static ProtocolSection Trial(string title) => new() { IdentificationModule = new IdentificationModule { BriefTitle = title } };
}
