namespace Trialdex.Core.Eligibility.Patients;

/// <summary>MedicationStatement and Procedure resources.</summary>
internal static class FhirTreatments
{
    public static void ReadMedication(FhirResource resource, FhirContext context, PatientParts parts)
    {
        var element = resource.Element;
        var status = FhirJson.String(element, "status");
        if (status is "entered-in-error" or "not-taken")
        {
            context.Problems.Info(resource.Where, "the medication was not taken or entered in error; left out");
            return;
        }

        if (Medication(resource, context) is not { } medication)
        {
            context.Problems.Warning(resource.Where, "the medication has no code or text; left out");
            return;
        }

        parts.Medications.Add(new PatientMedication(resource.Source)
        {
            Name = medication.Name,
            RxNorm = medication.Code(FhirConcept.RxNorm),
            Atc = medication.Code(FhirConcept.Atc),
            Status = status switch
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
        if (FhirJson.String(element, "status") is "entered-in-error" or "not-done")
        {
            context.Problems.Info(resource.Where, "the procedure was not done or entered in error; left out");
            return;
        }

        if (FhirConcept.Read(element, "code") is not { } code)
        {
            context.Problems.Warning(resource.Where, "the procedure has no code or text; left out");
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
