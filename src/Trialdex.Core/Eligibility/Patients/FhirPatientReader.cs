using System.Text.Json;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Reads a patient from a FHIR R4 Bundle (collection, searchset, transaction, batch or document) with
/// System.Text.Json alone: the Patient resource (gender, birth date, address), Condition, Observation (LOINC codes,
/// quantities with UCUM units, coded values, components such as blood pressure; pregnancy status 82810-3, ECOG
/// 89247-1 and Karnofsky 89243-0), MedicationStatement and Procedure. Resources about another patient, refuted
/// or entered in error are left out with a problem; other resource types are reported and ignored. Every fact cites
/// its resource as a <see cref="FhirSource"/>. Never throws on bad input.
/// </summary>
public static class FhirPatientReader
{
    private static readonly string[] BundleTypes = ["collection", "searchset", "transaction", "batch", "document"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 128 };

    /// <summary>Reads the patient of one bundle.</summary>
    /// <param name="bundleJson">The bundle as JSON.</param>
    /// <param name="asOf">
    /// The date at which to compute the age from the birth date; when null, the date of the bundle's timestamp, and
    /// when neither is given the age stays unknown (a warning says so), so that the result never depends on the clock.
    /// </param>
    /// <param name="vocabulary">When given, conditions without a MeSH coding get the descriptor their text or display names.</param>
    public static PatientReadResult Read(string? bundleJson, DateOnly? asOf = null, MeshVocabulary? vocabulary = null)
    {
        var problems = new ReadProblems();
        if (string.IsNullOrWhiteSpace(bundleJson))
        {
            return problems.Fail("Bundle", "the text is empty");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bundleJson, Options);
        }
        catch (JsonException)
        {
            return problems.Fail("Bundle", "the text is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (!JsonStrings.AreReadable(root))
            {
                return problems.Fail("Bundle", "the text holds an escaped character that is not valid Unicode");
            }

            if (FhirJson.String(root, "resourceType") != "Bundle")
            {
                return problems.Fail("Bundle", "expected a FHIR resource with resourceType Bundle");
            }

            CheckType(root, problems);
            var resources = FhirBundle.Resources(root, problems);
            var context = new FhirContext(resources, problems, vocabulary, asOf ?? Timestamp(root, problems));
            var parts = new PatientParts { AsOf = context.AsOf };
            foreach (var resource in resources)
            {
                Read(resource, context, parts);
            }

            return problems.Result(parts.Build());
        }
    }

    private static void Read(FhirResource resource, FhirContext context, PatientParts parts)
    {
        if (resource.Type is not ("Patient" or "Medication") && !context.IsAboutThePatient(resource))
        {
            return;
        }

        switch (resource.Type)
        {
            case "Patient":
                FhirPatientFacts.Read(resource, context, parts);
                break;
            case "Condition":
                FhirConditions.Read(resource, context, parts);
                break;
            case "Observation":
                FhirObservations.Read(resource, context, parts);
                break;
            case "MedicationStatement":
                FhirTreatments.ReadMedication(resource, context, parts);
                break;
            case "Procedure":
                FhirTreatments.ReadProcedure(resource, context, parts);
                break;
            case "Medication":
                break;
            default:
                context.Problems.Info(resource.Where, $"resources of type {JsonPaths.Shorten(resource.Type)} are not read");
                break;
        }
    }

    private static DateOnly? Timestamp(JsonElement root, ReadProblems problems)
    {
        var date = FhirJson.Date(root, "timestamp");
        if (date is null && FhirJson.Property(root, "timestamp") is not null)
        {
            problems.Warning("Bundle.timestamp", "the timestamp is not a date");
        }

        return date?.Earliest;
    }

    private static void CheckType(JsonElement root, ReadProblems problems)
    {
        var type = FhirJson.String(root, "type");
        if (type is null)
        {
            problems.Warning("Bundle", "the bundle has no type; its entries are read anyway");
        }
        else if (!BundleTypes.Contains(type))
        {
            problems.Warning("Bundle.type", "the bundle type is not one of collection, searchset, transaction, batch, document; its entries are read anyway");
        }
    }
}
