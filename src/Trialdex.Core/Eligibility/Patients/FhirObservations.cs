using System.Text.Json;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Observation resources: a value (quantity with its UCUM code, coded concept, string, integer or boolean) and each
/// component with a value (systolic and diastolic blood pressure) become observations; pregnancy status, ECOG and
/// Karnofsky become the patient's pregnancy and performance status, the most recent one winning.
/// </summary>
internal static class FhirObservations
{
    private const string PregnancyStatus = "82810-3";
    private const string Ecog = "89247-1";
    private const string Karnofsky = "89243-0";

    public static void Read(FhirResource resource, FhirContext context, PatientParts parts)
    {
        var element = resource.Element;
        if (!context.Happened(resource, "observation", "cancelled or entered in error", "entered-in-error", "cancelled")
            || context.Named(resource, FhirConcept.Read(element, "code"), "observation") is not { } code)
        {
            return;
        }

        var date = FhirJson.DateOrPeriodStart(element, "effective");
        switch (code.Code(FhirConcept.Loinc))
        {
            case PregnancyStatus:
                FhirScores.Pregnancy(resource, date, context, parts);
                return;
            case Ecog:
                FhirScores.Score(resource, date, context, parts, "ECOG", 5, (status, fact) => status with { Ecog = fact });
                return;
            case Karnofsky:
                FhirScores.Score(resource, date, context, parts, "Karnofsky", 100, (status, fact) => status with { Karnofsky = fact });
                return;
        }

        var found = 0;
        foreach (var (holder, concept) in FhirJson.Array(element, "component").Select(c => (c, FhirConcept.Read(c, "code"))).Prepend((element, code)))
        {
            if (concept is not null && Value(holder, concept, resource.Source) is { } observation)
            {
                parts.Observations.Add(observation with { Date = date });
                found++;
            }
        }

        if (found == 0)
        {
            context.Problems.Warning(resource.Where, "the observation has no value that can be read; left out");
        }
    }

    /// <summary>The observation made of a value[x] and the code beside it, or null when there is no readable value.</summary>
    private static PatientObservation? Value(JsonElement holder, FhirConcept code, FactSource source)
    {
        var observation = new PatientObservation(source) { Name = code.Name, Loinc = code.Code(FhirConcept.Loinc) };
        if (FhirJson.Object(holder, "valueQuantity") is { } quantity)
        {
            return FhirJson.Number(quantity, "value") is { } number ? Quantity(observation with { Value = number }, quantity) : null;
        }

        if (FhirConcept.Read(holder, "valueCodeableConcept") is { Name: { } name })
        {
            return observation with { ValueText = name };
        }

        return FhirJson.Property(holder, "valueString") is { ValueKind: JsonValueKind.String } ? Text(observation, FhirJson.String(holder, "valueString"))
            : FhirJson.Number(holder, "valueInteger") is { } integer ? observation with { Value = integer }
            : FhirJson.Property(holder, "valueBoolean") is { ValueKind: JsonValueKind.True or JsonValueKind.False } flag
                ? observation with { ValueText = flag.ValueKind == JsonValueKind.True ? "true" : "false" }
            : null;
    }

    private static PatientObservation Quantity(PatientObservation observation, JsonElement quantity)
    {
        var code = FhirJson.String(quantity, "code");
        return observation with
        {
            Unit = FhirJson.String(quantity, "unit") ?? code,
            Ucum = FhirJson.String(quantity, "system") == FhirConcept.Ucum ? code : null,
        };
    }

    private static PatientObservation? Text(PatientObservation observation, string? text) =>
        text is null ? null : observation with { ValueText = text };
}
