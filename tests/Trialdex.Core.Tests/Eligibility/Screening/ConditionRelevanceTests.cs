using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>How closely a trial is about a patient: the text score mixed with the MeSH match of what the trial studies.</summary>
public sealed class ConditionRelevanceTests
{
    /// <summary>An invented vocabulary: a disease with a child, another disease, and two signs.</summary>
    private static readonly MeshVocabulary Vocabulary = new(
    [
        new MeshDescriptor("D900201", "Colitis", [], ["C06.405.205.265"]),
        new MeshDescriptor("D900202", "Colitis, Ulcerative", ["Ulcerative Colitis"], ["C06.405.205.265.231"]),
        new MeshDescriptor("D900203", "Colorectal Neoplasms", ["Colorectal Cancer"], ["C04.588.274.476.411.307"]),
        new MeshDescriptor("D900204", "Diarrhea", [], ["C23.888.821.214"]),
        new MeshDescriptor("D900205", "Fever", [], ["C23.888.119.344"]),
        new MeshDescriptor("D900206", "Patients", [], ["M01.643"]),
        new MeshDescriptor("D900207", "Pain", [], ["C23.888.592.612", "F02.830.816.444"]),
        new MeshDescriptor("D900208", "Obesity", [], ["C18.654.726.500", "C23.888.144.699.500"]),
        new MeshDescriptor("D900209", "Polycystic Ovary Syndrome", [], ["C04.182.612.765", "C19.391.630.580"]),
    ]);

    [Theory]
    [InlineData("A 40-year-old man with ulcerative colitis.", "Ulcerative Colitis", 1.0)]
    [InlineData("A 40-year-old man with ulcerative colitis.", "Colitis", 0.5)]
    [InlineData("A 40-year-old man with colitis.", "Ulcerative Colitis", 0.5)]
    [InlineData("A 40-year-old man with colitis.", "Colorectal Cancer", 0.0)]
    [InlineData("A 40-year-old man. He denies colitis.", "Colitis", 0.0)]
    public void The_mesh_match_is_full_for_the_patients_descriptor_half_for_a_parent_or_child_and_none_for_another_or_a_denied_one(
        string note, string condition, double expected)
    {
        var relevance = new ConditionRelevance(Read(note), Vocabulary);

        Assert.Equal(expected, relevance.MeshMatch([condition]));
        Assert.Equal((0.4 * 0.5) + (0.6 * expected), relevance.Of(2, 4, [condition]), 9);
    }

    [Fact]
    public void A_symptom_shared_with_a_trial_of_another_disease_does_not_count_but_a_trial_of_the_symptom_itself_does()
    {
        var relevance = new ConditionRelevance(Read("A 60-year-old woman with fever and diarrhea."), Vocabulary);

        Assert.Equal(0, relevance.MeshMatch(["Diarrhea", "Colorectal Neoplasms", "Octreotide for Chemotherapy-Related Diarrhea in Patients With Colorectal Cancer"]));
        Assert.Equal(1, relevance.MeshMatch(["Diarrhea", "Managing Diarrhea in Adults"]));
        Assert.Equal(1, relevance.MeshMatch(["Diarrhea", "Patients"]));
    }

    [Fact]
    public void A_sign_is_one_mesh_files_among_signs_and_symptoms_wherever_else_it_files_it_too()
    {
        var relevance = new ConditionRelevance(Read("A 30-year-old woman with obesity and pelvic pain."), Vocabulary);

        Assert.Equal(0, relevance.MeshMatch(["Pain", "Colorectal Neoplasms"]));
        Assert.Equal(0, relevance.MeshMatch(["Obesity", "Polycystic Ovary Syndrome"]));
        Assert.Equal(1, relevance.MeshMatch(["Obesity", "Pain"]));
    }

    [Fact]
    public void A_disease_only_named_in_the_past_medical_history_is_a_lesser_match_than_the_one_the_patient_presents_with()
    {
        var relevance = new ConditionRelevance(Read("A 60-year-old man with ulcerative colitis. His past medical history is remarkable for colorectal cancer."), Vocabulary);
        var both = new ConditionRelevance(Read("A 60-year-old man with colorectal cancer. Past medical history: colorectal cancer."), Vocabulary);

        Assert.Equal(1, relevance.MeshMatch(["Ulcerative Colitis"]));
        Assert.Equal(ConditionRelevance.RelatedMatch, relevance.MeshMatch(["Colorectal Cancer"]));
        Assert.Equal(1, both.MeshMatch(["Colorectal Cancer"]));
    }

    [Fact]
    public void A_symptom_counts_beside_the_patients_own_disease()
    {
        var relevance = new ConditionRelevance(Read("A 30-year-old man with ulcerative colitis and diarrhea."), Vocabulary);

        Assert.Equal(1, relevance.MeshMatch(["Diarrhea", "Ulcerative Colitis"]));
    }

    [Fact]
    public void Without_a_vocabulary_the_relevance_is_the_text_score_over_the_best()
    {
        var relevance = new ConditionRelevance(Read("A 40-year-old man with ulcerative colitis."), null);

        Assert.Equal(0.25, relevance.Of(1, 4, ["Ulcerative Colitis"]), 9);
        Assert.Equal(1, relevance.Of(0, 0, ["Ulcerative Colitis"]));
        Assert.Equal(1, relevance.Of(9, 4, []));
    }

    private static Patient Read(string note) => ClinicalNoteReader.Read(note, Vocabulary).Patient!;
}
