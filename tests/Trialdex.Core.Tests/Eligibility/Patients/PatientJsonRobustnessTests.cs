using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>Patient documents come from users and other systems, so no document may make the reader throw.</summary>
public sealed class PatientJsonRobustnessTests
{
    private static readonly string[] Names =
    [
        "version", "age", "value", "unit", "birthDate", "asOf", "sex", "conditions", "text", "meshId", "codes", "system", "code",
        "display", "status", "negated", "onset", "degree", "observations", "name", "loinc", "ucum", "date", "medications", "rxnorm", "atc",
        "start", "procedures", "pregnancy", "pregnant", "lactating", "postpartum", "gravida", "para", "performanceStatus", "ecog",
        "karnofsky", "location", "place", "latitude", "longitude", "healthyVolunteer", "other", "\\udfff",
    ];

    private static readonly string[] Strings =
    [
        "", " ", "female", "male", "unknown", "yes", "no", "active", "history", "resolved", "past", "years", "months", "days",
        "2024", "2024-02", "2024-02-30", "2024-02-29", "1900-01-01", "D006973", "x", "\\u0000", "\\ud800", "é",
    ];

    [Fact]
    public void Null_and_blank_texts_give_no_patient_and_an_error()
    {
        foreach (var json in new[] { null, "", "   " })
        {
            Assert.True(PatientJsonReader.Read(json) is { Patient: null, HasErrors: true });
        }
    }

    [Fact]
    public void Random_documents_built_from_the_shapes_property_names_never_throw()
    {
        var random = new Random(31337);
        var generator = new RandomJson(random, Names, Strings);
        for (var run = 0; run < 4000; run++)
        {
            var json = "{\"version\":1," + generator.Document(5)[1..];
            AssertReadsCleanly(json.StartsWith("{\"version\":1,}", StringComparison.Ordinal) ? "{\"version\":1}" : json);
            AssertReadsCleanly(generator.Document(5));
        }
    }

    [Fact]
    public void Random_mutations_of_the_golden_documents_never_throw()
    {
        var random = new Random(5);
        var documents = PatientCases.Names("Json", ".json").Select(name => PatientCases.Input("Json", name, ".json"))
            .Append(File.ReadAllText(Path.Combine(PatientCases.Root, "example-patient.json")))
            .ToList();
        foreach (var json in documents)
        {
            for (var run = 0; run < 300; run++)
            {
                AssertReadsCleanly(Mutations.Mutate(json, random, ["{", "}", "[", "]", "\"", ":", ",", "null", "1e999", "\"age\"", "\\"]));
            }
        }
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_an_error_not_an_exception()
    {
        var result = PatientJsonReader.Read("""{"version":1,"sex":"\ud800"}""");

        Assert.Null(result.Patient);
        Assert.Equal("error $: the text holds an escaped character that is not valid Unicode", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Deeply_nested_and_huge_documents_are_refused_or_read_without_throwing()
    {
        AssertReadsCleanly(new string('[', 100_000) + new string(']', 100_000));
        AssertReadsCleanly("{\"version\":1,\"conditions\":[" + string.Join(',', Enumerable.Repeat("{\"text\":\"gout\",\"extra\":1}", 50_000)) + "]}");
    }

    private static void AssertReadsCleanly(string json)
    {
        var result = PatientJsonReader.Read(json);

        Assert.True(result.Patient is not null || result.HasErrors, "a document without a patient must say why");
    }
}
