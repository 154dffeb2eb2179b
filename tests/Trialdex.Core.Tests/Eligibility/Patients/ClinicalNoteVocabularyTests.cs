using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>Conditions found through a MeSH vocabulary, here a small invented one.</summary>
public sealed class ClinicalNoteVocabularyTests
{
    private static readonly MeshVocabulary Vocabulary = new(
    [
        new MeshDescriptor("D900001", "Wobbly Knee Syndrome", ["Knee Wobble", "Wobble, Knee"], ["C05.900"]),
        new MeshDescriptor("D900002", "Patients", ["Patient"], ["M01.643"]),
        new MeshDescriptor("D900003", "Leukemia, Lymphoblastic", ["ALL", "Lymphoblastic Leukemia"], ["C15.378.400"]),
        new MeshDescriptor("D900004", "Hypertension", ["High Blood Pressure"], ["C14.907.489"]),
        new MeshDescriptor("D900005", "Glass Bone Disease", [], []),
        new MeshDescriptor("D900006", "Grumpiness", ["Grumpy Mood"], ["F01.470"]),
        new MeshDescriptor("D900007", "Worry Disorder", [], ["F03.080"]),
        new MeshDescriptor("D900008", "Emergencies", ["Emergency"], ["C23.550.291"]),
        new MeshDescriptor("D900009", "White", ["Whites"], []),
        new MeshDescriptor("D900010", "Disease", ["Diseases"], ["C23.550.288"]),
        new MeshDescriptor("D900011", "Adenocarcinoma", [], ["C04.557.470.200.025"]),
        new MeshDescriptor("D900012", "Pancreatic Neoplasms", ["Pancreatic Cancer"], ["C04.588.274.761"]),
        new MeshDescriptor("D900013", "Carcinoma, Pancreatic Ductal", ["Pancreatic Ductal Carcinoma"], ["C04.557.470.615.132.500"]),
        new MeshDescriptor("D900014", "Pancreatitis", [], ["C06.689"]),
    ]);

    [Theory]
    [InlineData("Imaging was negative for obstructive pancreatitis.", "")]
    [InlineData("Imaging was negative for pancreatitis.", "pancreatitis-")]
    [InlineData("No hypertension or obstructive pancreatitis; he has hereditary pancreatitis.", "hypertension-, pancreatitis")]
    public void Denying_a_kind_of_a_condition_does_not_deny_the_condition(string note, string expected)
    {
        Assert.Equal(expected, ClinicalNoteConditionTests.Conditions(note, Vocabulary));
    }

    [Theory]
    [InlineData("Biopsy consistent with pancreatic adenocarcinoma.", "adenocarcinoma D900011, pancreatic adenocarcinoma D900012")]
    [InlineData("She denies pancreatic adenocarcinoma.", "pancreatic adenocarcinoma- D900012")]
    [InlineData("A pancreatic ductal carcinoma.", "pancreatic ductal carcinoma D900013")]
    [InlineData("Renal adenocarcinoma.", "adenocarcinoma D900011")]
    public void A_kind_of_tumour_named_with_its_organ_is_also_the_organs_cancer(string note, string expected)
    {
        var conditions = ClinicalNoteReader.Read(note, Vocabulary).Patient!.Conditions;

        Assert.Equal(expected, string.Join(", ", conditions.Select(c => $"{c.Text}{(c.Negated ? "-" : "")} {c.MeshId}")));
    }

    [Fact]
    public void Disease_and_mental_disorder_terms_of_the_vocabulary_become_conditions_with_their_descriptor()
    {
        var conditions = ClinicalNoteReader.Read("A 30-year-old man with knee wobble, worry disorder and glass bone disease.", Vocabulary).Patient!.Conditions;

        Assert.Equal(
            ["knee wobble D900001 Wobbly Knee Syndrome", "worry disorder D900007 Worry Disorder", "glass bone disease D900005 Glass Bone Disease"],
            conditions.Select(c => $"{c.Text} {c.MeshId} {c.MeshName}"));
    }

    [Fact]
    public void Terms_outside_the_disease_trees_are_not_conditions()
    {
        Assert.Equal("", ClinicalNoteConditionTests.Conditions("The patient is grumpy mood today.", Vocabulary));
    }

    [Fact]
    public void Descriptors_that_notes_use_for_places_people_or_nothing_in_particular_are_not_conditions()
    {
        Assert.Equal("knee wobble", ClinicalNoteConditionTests.Conditions("A white woman seen in the emergency room for an emergency: knee wobble, no other disease.", Vocabulary));
    }

    [Fact]
    public void A_term_listed_only_as_an_acronym_matches_only_in_capitals()
    {
        Assert.Equal("ALL", ClinicalNoteConditionTests.Conditions("All tests done for ALL in all patients.", Vocabulary));
    }

    [Fact]
    public void The_vocabulary_wins_a_tie_with_the_built_in_list_and_built_in_acronyms_still_count()
    {
        var conditions = ClinicalNoteReader.Read("Denies hypertension. HTN in the family? No: CKD.", Vocabulary).Patient!.Conditions;

        Assert.Equal(["hypertension D900004 True", "HTN D006973 False", "CKD D051436 True"], conditions.Select(c => $"{c.Text} {c.MeshId} {c.Negated}"));
    }

    [Fact]
    public void The_longest_term_wins_and_negation_applies_to_vocabulary_terms()
    {
        Assert.Equal("lymphoblastic leukemia-", ClinicalNoteConditionTests.Conditions("No lymphoblastic leukemia.", Vocabulary));
    }
}
