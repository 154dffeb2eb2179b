using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class FhirPatientReaderTests
{
    [Theory]
    [MemberData(nameof(PatientCases.Fhir), MemberType = typeof(PatientCases))]
    public void Reading_a_bundle_gives_its_expected_patient_and_problems(string name)
    {
        var result = FhirPatientReader.Read(PatientCases.Input("Fhir", name, ".json"));

        PatientCases.AssertMatchesExpected("Fhir", name, PatientRendering.Render(result));
    }

    [Fact]
    public void An_as_of_date_given_by_the_caller_wins_over_the_bundle_timestamp()
    {
        var age = FhirPatientReader.Read(Bundle("full-collection"), asOf: new DateOnly(2030, 8, 15)).Patient!.Age!;

        Assert.Equal(("40 Years", new DateOnly(1990, 8, 15), new DateOnly(2030, 8, 15)), (age.Value.ToString(), age.BirthDate, age.AsOf));
    }

    [Fact]
    public void A_birth_date_without_any_as_of_date_leaves_the_age_unknown_and_says_so()
    {
        var result = FhirPatientReader.Read(Bundle("transaction-with-uuids"));

        Assert.Null(result.Patient!.Age);
        Assert.Contains(result.Problems, p => p.Severity == PatientProblemSeverity.Warning && p.Message.StartsWith("birthDate is given but no as-of date", StringComparison.Ordinal));
        Assert.Equal("63 Years", FhirPatientReader.Read(Bundle("transaction-with-uuids"), new DateOnly(2024, 3, 1)).Patient!.Age!.Value.ToString());
    }

    [Fact]
    public void A_vocabulary_gives_conditions_without_a_mesh_coding_the_descriptor_their_text_names()
    {
        var vocabulary = new MeshVocabulary(
        [
            new MeshDescriptor("D006973", "Hypertension", ["High Blood Pressure"], ["C14.907.489"]),
            new MeshDescriptor("D016649", "Primary Ovarian Insufficiency", ["POI"], ["C19.391.630.580"]),
            new MeshDescriptor("D006689", "Hodgkin Disease", ["Hodgkin Lymphoma"], ["C15.604.515.435"]),
        ]);

        var conditions = FhirPatientReader.Read(Bundle("full-collection"), vocabulary: vocabulary).Patient!.Conditions;

        Assert.Equal(
            ["Hypertension D006973 Hypertension", "Primary Ovarian Insufficiency D016649 Primary Ovarian Insufficiency", "Diabetes mellitus type 2 - -", "Community-acquired pneumonia - -", "Hodgkin lymphoma D006689 Hodgkin Disease"],
            conditions.Select(c => $"{c.Text} {c.MeshId ?? "-"} {c.MeshName ?? "-"}"));
    }

    [Fact]
    public void The_most_recent_score_wins_whatever_the_order_of_the_entries()
    {
        static string Ecog(string date, int value) =>
            $$$"""{"resource":{"resourceType":"Observation","id":"e{{{value}}}","code":{"coding":[{"system":"http://loinc.org","code":"89247-1"}]},"effectiveDateTime":"{{{date}}}","valueInteger":{{{value}}}}}""";
        var newerFirst = $$"""{"resourceType":"Bundle","type":"collection","entry":[{{Ecog("2024-02-01", 1)}},{{Ecog("2022-01-01", 3)}},{{Ecog("2023-01-01", 2)}}]}""";

        var ecog = FhirPatientReader.Read(newerFirst).Patient!.PerformanceStatus!.Ecog!;

        Assert.Equal((1, new FhirSource("Observation", "e1", 0)), (ecog.Value, ecog.Source));
    }

    [Fact]
    public void Every_fact_cites_its_resource_type_and_id()
    {
        var patient = FhirPatientReader.Read(Bundle("full-collection")).Patient!;

        Assert.Equal(new FhirSource("Condition", "c-htn", 1), patient.Conditions[0].Source);
        Assert.Equal(new FhirSource("Patient", "p1", 0), patient.Age!.Source);
        Assert.All(PatientFacts.Describe(patient).Select(f => f.Source), source => Assert.NotNull(Assert.IsType<FhirSource>(source).ResourceId));
        Assert.Equal("Observation (entry 4)", new FhirSource("Observation", null, 4).ToString());
    }

    [Fact]
    public void Problems_never_quote_the_values_of_the_bundle()
    {
        var result = FhirPatientReader.Read("""{"resourceType":"Bundle","type":"Zanzibar","entry":[{"resource":{"resourceType":"Patient","id":"p","gender":"secretgender","birthDate":"hidden"}},{"resource":{"resourceType":"Condition","code":{"text":"x"},"clinicalStatus":{"coding":[{"code":"whispered"}]}}}]}""");

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.DoesNotContain(["Zanzibar", "secret", "hidden", "whispered"], word => p.ToString().Contains(word, StringComparison.Ordinal)));
    }

    private static string Bundle(string name) => PatientCases.Input("Fhir", name, ".json");
}
