using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Reads a patient written in the JSON shape documented on <see cref="Patient"/>. Strict about types (a number
/// written as a string is an error, and that fact is left out), lenient about extra properties (each is reported as
/// an info problem and ignored). Facts keep their JSON path as <see cref="JsonSource"/>. Never throws on bad input.
/// </summary>
public static class PatientJsonReader
{
    private static readonly string[] RootProperties =
    [
        "version", "asOf", "age", "sex", "conditions", "observations", "medications", "procedures", "pregnancy",
        "performanceStatus", "location", "healthyVolunteer",
    ];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Reads one patient; the patient is null only when the text is not a JSON object of a supported version.</summary>
    public static PatientReadResult Read(string? json)
    {
        var problems = new ReadProblems();
        if (string.IsNullOrWhiteSpace(json))
        {
            return problems.Fail("$", "the text is empty");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return problems.Fail(WhereIn(e), "the text is not valid JSON");
        }

        using (document)
        {
            if (!JsonStrings.AreReadable(document.RootElement))
            {
                return problems.Fail("$", "the text holds an escaped character that is not valid Unicode");
            }

            var root = JsonObjectReader.Open(document.RootElement, "$", problems, RootProperties);
            return root is null ? new PatientReadResult(null, problems.All) : ReadRoot(root, problems);
        }
    }

    private static PatientReadResult ReadRoot(JsonObjectReader root, ReadProblems problems)
    {
        var version = root.Integer("version", 0, int.MaxValue);
        if (version is null && !root.Has("version"))
        {
            problems.Warning("$", $"no version; read as version {Patient.CurrentVersion}");
        }
        else if (version is null)
        {
            return new PatientReadResult(null, problems.All);
        }
        else if (version != Patient.CurrentVersion)
        {
            return problems.Fail(root.PathOf("version"), $"version {version} is not supported; this reader understands version {Patient.CurrentVersion}");
        }

        var age = JsonPatientFacts.Age(root);
        return problems.Result(new Patient
        {
            AsOf = root.Day("asOf") ?? age?.AsOf,
            Age = age,
            Sex = JsonPatientFacts.Sex(root),
            Conditions = JsonPatientLists.Conditions(root),
            Observations = JsonPatientLists.Observations(root),
            Medications = JsonPatientLists.Medications(root),
            Procedures = JsonPatientLists.Procedures(root),
            Pregnancy = JsonPatientFacts.Pregnancy(root),
            PerformanceStatus = JsonPatientFacts.PerformanceStatus(root),
            Location = JsonPatientFacts.Location(root),
            HealthyVolunteer = root.Boolean("healthyVolunteer") is { } healthy ? new(healthy, new JsonSource(root.PathOf("healthyVolunteer"))) : null,
        });
    }

    private static string WhereIn(JsonException e) =>
        e.LineNumber is { } line ? $"line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "$";
}
