using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>Bundles come from other systems, so no bundle may make the reader throw.</summary>
public sealed class FhirPatientRobustnessTests
{
    private static readonly string[] Names =
    [
        "resourceType", "type", "entry", "resource", "fullUrl", "id", "gender", "birthDate", "address", "city", "extension",
        "url", "valueDecimal", "code", "coding", "system", "display", "text", "clinicalStatus", "verificationStatus", "subject",
        "reference", "onsetDateTime", "onsetPeriod", "start", "status", "effectiveDateTime", "valueQuantity", "value", "unit",
        "valueCodeableConcept", "valueString", "valueInteger", "valueBoolean", "component", "medicationCodeableConcept",
        "medicationReference", "performedDateTime", "timestamp", "\\ud800",
    ];

    private static readonly string[] Strings =
    [
        "Bundle", "Patient", "Condition", "Observation", "MedicationStatement", "Medication", "Procedure", "collection",
        "transaction", "female", "male", "other", "active", "resolved", "refuted", "entered-in-error", "not-taken", "not-done",
        "http://loinc.org", "http://snomed.info/sct", "http://id.nlm.nih.gov/mesh", "http://unitsofmeasure.org", "82810-3",
        "89247-1", "89243-0", "LA9623-5", "LA15173-0", "Patient/p", "Medication/m", "2024-01-01", "2024-13", "1990", "", " 7 ", "\\ud800", "\\udc00x", "\\u0000",
    ];

    [Fact]
    public void Null_and_blank_texts_give_no_patient_and_an_error()
    {
        foreach (var json in new[] { null, "", "\n" })
        {
            Assert.True(FhirPatientReader.Read(json) is { Patient: null, HasErrors: true });
        }
    }

    [Fact]
    public void Random_bundles_built_from_fhir_property_names_never_throw()
    {
        var random = new Random(4242);
        var generator = new RandomJson(random, Names, Strings);
        for (var run = 0; run < 3000; run++)
        {
            var entries = string.Join(',', Enumerable.Range(0, random.Next(6)).Select(_ => "{\"resource\":" + generator.Document(4) + "}"));
            AssertReadsCleanly($$"""{"resourceType":"Bundle","type":"collection","entry":[{{entries}}]}""");
            AssertReadsCleanly(generator.Document(5));
        }
    }

    [Fact]
    public void Random_mutations_of_the_golden_bundles_never_throw()
    {
        var random = new Random(8);
        foreach (var name in PatientCases.Names("Fhir", ".json"))
        {
            var json = PatientCases.Input("Fhir", name, ".json");
            for (var run = 0; run < 300; run++)
            {
                AssertReadsCleanly(Mutations.Mutate(json, random, ["{", "}", "[", "]", "\"", ":", ",", "null", "1e999", "\"resourceType\":\"Patient\"", "\\"]));
            }
        }
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_a_property_name_is_an_error_not_an_exception()
    {
        var result = FhirPatientReader.Read("""{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","\udc00":1}}]}""");

        Assert.Null(result.Patient);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Deeply_nested_bundles_are_refused_without_throwing()
    {
        var deep = "{\"resourceType\":\"Bundle\",\"entry\":" + new string('[', 50_000) + new string(']', 50_000) + "}";

        Assert.True(FhirPatientReader.Read(deep).HasErrors);
    }

    private static void AssertReadsCleanly(string json)
    {
        var result = FhirPatientReader.Read(json, new DateOnly(2024, 1, 1));

        Assert.True(result.Patient is not null || result.HasErrors, "a bundle without a patient must say why");
    }
}
