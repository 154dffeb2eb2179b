using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;

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

    private static Patient Adult { get; } = ClinicalNoteReader.Read("A 41-year-old man with epilepsy.").Patient!;

    private static ProtocolSection Trial(string title) => new() { IdentificationModule = new IdentificationModule { BriefTitle = title } };
}
