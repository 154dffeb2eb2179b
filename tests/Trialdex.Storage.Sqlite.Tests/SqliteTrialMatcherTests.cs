using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests;

/// <summary><see cref="TrialMatcher"/> over a real SQLite file with a MeSH vocabulary: how candidates are ranked.</summary>
public sealed class SqliteTrialMatcherTests : IDisposable
{
    private static readonly MeshVocabulary Vocabulary = new(
    [
        new MeshDescriptor("D900301", "Colitis, Ulcerative", ["Ulcerative Colitis"], ["C06.405.205.265.231"]),
        new MeshDescriptor("D900302", "Colorectal Neoplasms", ["Colorectal Cancer"], ["C04.588.274.476.411.307"]),
        new MeshDescriptor("D900303", "Diarrhea", [], ["C23.888.821.214"]),
    ]);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_trial_of_the_patients_disease_ranks_above_one_sharing_only_a_symptom_of_another_disease(bool allOpen)
    {
        // Given a trial of diarrhea in colorectal cancer, whose words match the note best, and one of ulcerative colitis
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("match.db"), default);
        await store.ReplaceVocabularyAsync(Vocabulary, default);
        await store.UpsertAsync(
        [
            Document(1, "Octreotide for Diarrhea: Chemotherapy-Related Diarrhea in Patients With Colorectal Cancer", "Diarrhea", "Colorectal Cancer"),
            Document(2, "Mesalamine Dosing in Adults", "Ulcerative Colitis"),
        ], default);
        var patient = ClinicalNoteReader.Read("A 30-year-old man with ulcerative colitis and bloody diarrhea.", Vocabulary).Patient!;

        // When the patient is matched
        var result = await TrialMatcher.MatchAsync(store, patient, new MatchOptions { AllOpen = allOpen }, default);

        // Then the colitis trial comes first: the shared symptom does not make the cancer trial about this patient
        Assert.Equal([TestStudies.Id(2), TestStudies.Id(1)], result.Trials.Select(t => t.NctId));
        Assert.True(result.Trials[1].Relevance <= 1 - ConditionRelevance.MeshShare);
        Assert.True(result.Trials[0].Relevance >= ConditionRelevance.MeshShare);
    }

    private static StudyDocument Document(int n, string title, params string[] conditions)
    {
        var node = TestStudies.Node(TestStudies.Id(n), title: title);
        node["protocolSection"]!["conditionsModule"] = new JsonObject { ["conditions"] = new JsonArray([.. conditions.Select(c => JsonValue.Create(c))]) };
        var json = Encoding.UTF8.GetBytes(node.ToJsonString());
        return StudyDocument.Create(TestStudies.Id(n), json, StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", "1", null);
    }
}
