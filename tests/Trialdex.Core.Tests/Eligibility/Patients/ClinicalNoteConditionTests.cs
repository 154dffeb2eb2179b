using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class ClinicalNoteConditionTests
{
    [Theory]
    [InlineData("He denies smoking, diabetes or hypertension.", "diabetes-, hypertension-")]
    [InlineData("She denies diabetes but has hypertension.", "diabetes-, hypertension")]
    [InlineData("No diabetes. Hypertension for ten years.", "diabetes-, Hypertension")]
    [InlineData("No diabetes; asthma since childhood.", "diabetes-, asthma")]
    [InlineData("Presents without asthma or COPD.", "asthma-, COPD-")]
    [InlineData("Screening was negative for HIV and hepatitis C.", "HIV-, hepatitis C-")]
    [InlineData("Pulmonary embolism was ruled out, anemia noted.", "Pulmonary embolism-, anemia-")]
    [InlineData("HIV negative, hepatitis B positive.", "HIV-, hepatitis B")]
    [InlineData("No history of stroke or epilepsy.", "stroke-, epilepsy-")]
    [InlineData("Prior CVA (no residual deficits), HTN.", "CVA~, HTN~")]
    [InlineData("The screen was negative for HIV and was only remarkable for anemia.", "HIV-, anemia")]
    [InlineData("No asthma, the CT showed pneumonia.", "asthma-, pneumonia")]
    public void Negation_runs_from_its_trigger_to_the_end_of_the_clause(string note, string expected)
    {
        Assert.Equal(expected, Conditions(note));
    }

    [Theory]
    [InlineData("History of breast cancer treated in 2015.", "breast cancer~")]
    [InlineData("He is s/p stroke with left-sided weakness.", "stroke~")]
    [InlineData("Status post myocardial infarction, now stable.", "myocardial infarction~")]
    [InlineData("Previous pulmonary embolism on warfarin.", "pulmonary embolism~")]
    [InlineData("PMH of PCOS, obesity, HTN who presented with pain.", "PCOS~, obesity~, HTN~")]
    [InlineData("h/o HTN. Asthma.", "HTN~, Asthma")]
    [InlineData("Her pneumonia has resolved.", "pneumonia=")]
    public void History_and_resolution_words_set_the_status(string note, string expected)
    {
        Assert.Equal(expected, Conditions(note));
    }

    [Theory]
    [InlineData("A 22-year-old woman with a 5 yr history of asthma.", "asthma")]
    [InlineData("A 10-year history of diabetes, and a history of stroke.", "diabetes, stroke~")]
    [InlineData("He is a chef with a history of asthma for 3 years.", "asthma")]
    [InlineData("A history of stroke 3 years ago.", "stroke~")]
    [InlineData("Long-standing history of COPD.", "COPD")]
    [InlineData("The known history of HIV; no known history of asthma.", "HIV, asthma-")]
    public void A_history_with_its_length_or_a_known_history_is_a_condition_the_patient_still_has(string note, string expected)
    {
        Assert.Equal(expected, Conditions(note));
    }

    [Theory]
    [InlineData("Her past medical history is remarkable for hypercholesterolemia; HTN. She has asthma.", "hypercholesterolemia~*, HTN~*, asthma")]
    [InlineData("PMH of PCOS, obesity, HTN who presented with pneumonia.", "PCOS~*, obesity~*, HTN~*, pneumonia")]
    [InlineData("Past Medical History:\n1. Hypertension\n2. Diabetes\n- Asthma\nShe presents with pneumonia.", "Hypertension~*, Diabetes~*, Asthma~*, pneumonia")]
    [InlineData("A man with COPD. Past medical history: no diabetes; h/o stroke.\n\nHe has pneumonia.", "COPD, diabetes-, stroke~*, pneumonia")]
    [InlineData("Family medical history of diabetes. He has asthma.", "asthma")]
    public void Conditions_in_the_past_medical_history_are_comorbidities_to_the_end_of_its_sentence_or_list(string note, string expected)
    {
        var conditions = ClinicalNoteReader.Read(note).Patient!.Conditions;

        Assert.Equal(expected, string.Join(", ", conditions.Select(c =>
            c.Text + (c.Negated ? "-" : c.Status == ConditionStatus.History ? "~" : "") + (c.PastMedicalHistory && !c.Negated ? "*" : ""))));
    }

    [Theory]
    [InlineData("Family history of breast cancer and diabetes. She has asthma.", "asthma")]
    [InlineData("FHx: colon cancer in father; he has gout and HTN.", "HTN")]
    public void Conditions_of_the_family_are_not_the_patients(string note, string expected)
    {
        Assert.Equal(expected, Conditions(note));
    }

    [Theory]
    [InlineData("htn and dm in a 60 yo", "")]
    [InlineData("HTN and DM in a 60 yo", "HTN, DM")]
    [InlineData("Hypertension, hypertension and HYPERTENSION.", "Hypertension")]
    public void Acronyms_match_only_in_capitals_and_a_condition_said_twice_is_one_fact(string note, string expected)
    {
        Assert.Equal(expected, Conditions(note));
    }

    [Fact]
    public void Built_in_conditions_carry_their_mesh_descriptor()
    {
        var condition = Assert.Single(ClinicalNoteReader.Read("A 30-year-old woman with POI.").Patient!.Conditions);

        Assert.Equal(("POI", "D016649", "Primary Ovarian Insufficiency"), (condition.Text, condition.MeshId, condition.MeshName));
    }

    /// <summary>"text" for active, "text-" negated, "text~" history, "text=" resolved, joined by ", ".</summary>
    internal static string Conditions(string note, Trialdex.Core.Vocabulary.MeshVocabulary? vocabulary = null) =>
        string.Join(", ", ClinicalNoteReader.Read(note, vocabulary).Patient!.Conditions.Select(c =>
            c.Text + (c.Negated ? "-" : c.Status switch { ConditionStatus.History => "~", ConditionStatus.Resolved => "=", _ => "" })));
}
