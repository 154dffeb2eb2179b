namespace Trialdex.Core.Eligibility.Patients;

/// <summary>MedicationStatement and Procedure resources.</summary>
internal static class FhirTreatments
{
    public static void ReadMedication(FhirResource resource, FhirContext context, PatientParts parts)
    {
        var element = resource.Element;
        if (!context.Happened(resource, "medication", "not taken or entered in error", "entered-in-error", "not-taken")
            || context.Named(resource, Medication(resource, context), "medication") is not { } medication)
        {
            return;
        }

        parts.Medications.Add(new PatientMedication(resource.Source)
        {
            Name = medication.Name,
            RxNorm = medication.Code(FhirConcept.RxNorm),
            Atc = medication.Code(FhirConcept.Atc),
            Status = FhirJson.String(element, "status") switch
            {
                "active" or "intended" or "on-hold" => MedicationStatus.Active,
                "completed" or "stopped" => MedicationStatus.Past,
                _ => MedicationStatus.Unknown,
            },
            Start = FhirJson.DateOrPeriodStart(element, "effective"),
        });
    }

    public static void ReadProcedure(FhirResource resource, FhirContext context, PatientParts parts)
    {
        var element = resource.Element;
        if (!context.Happened(resource, "procedure", "not done or entered in error", "entered-in-error", "not-done")
            || context.Named(resource, FhirConcept.Read(element, "code"), "procedure") is not { } code)
        {
            return;
        }

        parts.Procedures.Add(new PatientProcedure(resource.Source)
        {
            Name = code.Name,
            Codes = code.Codings,
            Date = FhirJson.DateOrPeriodStart(element, "performed"),
        });
    }

    // medicationCodeableConcept, or the code of the Medication resource that medicationReference points at.
    private static FhirConcept? Medication(FhirResource resource, FhirContext context)
    {
        if (FhirConcept.Read(resource.Element, "medicationCodeableConcept") is { } concept)
        {
            return concept;
        }

        if (FhirJson.Object(resource.Element, "medicationReference") is not { } reference)
        {
            return null;
        }

        var target = FhirJson.String(reference, "reference") is { } key ? context.Resolve(key) : null;
        if (target is { Type: "Medication" } && FhirConcept.Read(target.Element, "code") is { } code)
        {
            return code;
        }

        return FhirJson.String(reference, "display") is { } display ? new FhirConcept(display, []) : null;
    }
}
