using System.Text.Json;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>
/// Reads every real patient description of the TREC Clinical Trials 2021 and SIGIR 2016 sets in ../shared/data.
/// Only query ids and counts are printed: the texts are patient descriptions and never leave the test.
/// </summary>
public sealed class ClinicalNoteSharedDataTests(ITestOutputHelper output)
{
    private const double LeastHitRate = 0.95;

    [SharedDataFact]
    public void Every_trec_2021_and_sigir_query_is_read_and_nearly_all_give_an_age_and_a_sex()
    {
        var queries = Queries("trec_2021").Concat(Queries("sigir")).ToList();

        var (ages, sexes) = (0, 0);
        foreach (var (id, text) in queries)
        {
            var result = ClinicalNoteReader.Read(text);

            Assert.True(result.Patient is not null, $"{id}: no patient");
            AssertSpansInside(id, text, result.Patient);
            ages += Count(result.Patient.Age is not null, id, "no age");
            sexes += Count(result.Patient.Sex is not null, id, "no sex");
        }

        output.WriteLine($"{queries.Count} queries: age in {ages} ({Rate(ages, queries.Count):P1}), sex in {sexes} ({Rate(sexes, queries.Count):P1})");
        Assert.True(queries.Count >= 130, $"read only {queries.Count} queries");
        Assert.True(Rate(ages, queries.Count) >= LeastHitRate, $"age found in only {ages} of {queries.Count}");
        Assert.True(Rate(sexes, queries.Count) >= LeastHitRate, $"sex found in only {sexes} of {queries.Count}");
    }

    [SharedDataFact]
    public void With_the_real_mesh_vocabulary_every_query_is_read_and_most_give_conditions()
    {
        var vocabulary = MeshVocabularyReader.Read([SharedData.Path("mesh", "mesh-descriptors-synonyms.json"), SharedData.Path("mesh", "mesh-tree-2019.txt")]);
        var queries = Queries("trec_2021").Concat(Queries("sigir")).ToList();

        var (withConditions, conditions, negated) = (0, 0, 0);
        foreach (var (id, text) in queries)
        {
            var patient = ClinicalNoteReader.Read(text, vocabulary).Patient!;

            AssertSpansInside(id, text, patient);
            withConditions += Count(patient.Conditions.Count > 0, id, "no condition");
            conditions += patient.Conditions.Count;
            negated += patient.Conditions.Count(c => c.Negated);
            Assert.True(patient.Conditions.All(c => c.MeshId is not null), $"{id}: a condition without a MeSH id");
        }

        output.WriteLine($"{queries.Count} queries: {withConditions} with conditions, {conditions} conditions of which {negated} negated");
        Assert.True(Rate(withConditions, queries.Count) >= LeastHitRate, $"conditions found in only {withConditions} of {queries.Count}");
    }

    private int Count(bool found, string id, string miss)
    {
        if (!found)
        {
            output.WriteLine($"{id}: {miss}");
        }

        return found ? 1 : 0;
    }

    private static double Rate(int hits, int total) => (double)hits / total;

    // Failure messages name the query only: an assertion over the facts would print their patient text.
    private static void AssertSpansInside(string id, string text, Patient patient) =>
        Assert.True(PatientFacts.Describe(patient).Select(f => f.Source).All(s => s is NoteSource { Span: var span } && span.Start >= 0 && span.End <= text.Length), $"{id}: a span outside the note");

    private static IEnumerable<(string Id, string Text)> Queries(string set)
    {
        foreach (var line in File.ReadLines(SharedData.Path("eval", "patients", set, "queries.jsonl")).Where(l => l.Length > 0))
        {
            using var query = JsonDocument.Parse(line);
            yield return (query.RootElement.GetProperty("_id").GetString()!, query.RootElement.GetProperty("text").GetString()!);
        }
    }
}
