using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// The list facts of a patient JSON document: conditions, observations, medications, procedures. An item with any
/// error is left out whole, so that a condition whose "negated" cannot be read is not taken as present.
/// </summary>
internal static class JsonPatientLists
{
    private static readonly Dictionary<string, ConditionStatus> ConditionStatuses = new(StringComparer.Ordinal)
    {
        ["active"] = ConditionStatus.Active,
        ["history"] = ConditionStatus.History,
        ["resolved"] = ConditionStatus.Resolved,
    };

    private static readonly Dictionary<string, MedicationStatus> MedicationStatuses = new(StringComparer.Ordinal)
    {
        ["active"] = MedicationStatus.Active,
        ["past"] = MedicationStatus.Past,
        ["unknown"] = MedicationStatus.Unknown,
    };

    public static List<PatientCondition> Conditions(JsonObjectReader root) =>
        Items(root, "conditions", ["text", "meshId", "codes", "status", "negated", "onset", "degree"], item =>
        {
            var condition = new PatientCondition(new JsonSource(item.Path))
            {
                Text = item.String("text"),
                MeshId = item.String("meshId"),
                Codes = Codes(item),
                Status = item.Choice("status", ConditionStatuses) ?? ConditionStatus.Active,
                Negated = item.Boolean("negated") ?? false,
                Onset = item.Date("onset"),
                Degree = item.String("degree"),
            };
            return condition.Text is null && condition.MeshId is null && condition.Codes.Count == 0
                ? Drop<PatientCondition>(item, "a condition needs text, meshId or codes")
                : condition;
        });

    public static List<PatientObservation> Observations(JsonObjectReader root) =>
        Items(root, "observations", ["name", "loinc", "value", "unit", "ucum", "date"], item =>
        {
            var observation = new PatientObservation(new JsonSource(item.Path))
            {
                Name = item.String("name"),
                Loinc = item.String("loinc"),
                Unit = item.String("unit"),
                Ucum = item.String("ucum"),
                Date = item.Date("date"),
            };
            if (observation.Name is null && observation.Loinc is null)
            {
                return Drop<PatientObservation>(item, "an observation needs a name or a loinc code");
            }

            return item.Value("value") switch
            {
                { ValueKind: JsonValueKind.String } => observation with { ValueText = item.String("value") },
                { ValueKind: JsonValueKind.Number } => item.Number("value") is { } number ? observation with { Value = number } : null,
                { } other => Drop<PatientObservation>(item, $"expected the value to be a number or a string, found {JsonPaths.Describe(other)}"),
                null => Drop<PatientObservation>(item, "an observation needs a value"),
            };
        });

    public static List<PatientMedication> Medications(JsonObjectReader root) =>
        Items(root, "medications", ["name", "rxnorm", "atc", "status", "start"], item =>
        {
            var medication = new PatientMedication(new JsonSource(item.Path))
            {
                Name = item.String("name"),
                RxNorm = item.String("rxnorm"),
                Atc = item.String("atc"),
                Status = item.Choice("status", MedicationStatuses) ?? MedicationStatus.Unknown,
                Start = item.Date("start"),
            };
            return medication.Name is null && medication.RxNorm is null && medication.Atc is null
                ? Drop<PatientMedication>(item, "a medication needs a name, an rxnorm or an atc code")
                : medication;
        });

    public static List<PatientProcedure> Procedures(JsonObjectReader root) =>
        Items(root, "procedures", ["name", "codes", "date"], item =>
        {
            var procedure = new PatientProcedure(new JsonSource(item.Path))
            {
                Name = item.String("name"),
                Codes = Codes(item),
                Date = item.Date("date"),
            };
            return procedure.Name is null && procedure.Codes.Count == 0
                ? Drop<PatientProcedure>(item, "a procedure needs a name or codes")
                : procedure;
        });

    private static List<ClinicalCode> Codes(JsonObjectReader parent)
    {
        var codes = new List<ClinicalCode>();
        foreach (var (element, path) in parent.Array("codes"))
        {
            if (JsonObjectReader.Open(element, path, parent.Problems, ["system", "code", "display"]) is not { } item)
            {
                continue;
            }

            var (system, code, display) = (item.String("system"), item.String("code"), item.String("display"));
            if (system is null || code is null)
            {
                item.Problems.Error(path, "a code needs a system and a code");
                continue;
            }

            codes.Add(new ClinicalCode(system, code, display));
        }

        return codes;
    }

    private static List<T> Items<T>(JsonObjectReader root, string name, IReadOnlyCollection<string> known, Func<JsonObjectReader, T?> read)
        where T : class
    {
        var items = new List<T>();
        foreach (var (element, path) in root.Array(name))
        {
            var errors = root.Problems.ErrorCount;
            if (JsonObjectReader.Open(element, path, root.Problems, known) is { } item && read(item) is { } value && root.Problems.ErrorCount == errors)
            {
                items.Add(value);
            }
        }

        return items;
    }

    private static T? Drop<T>(JsonObjectReader item, string message)
        where T : class
    {
        item.Problems.Error(item.Path, message);
        return null;
    }
}
