namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Condition resources: the code names the condition (a MeSH coding gives the MeSH id, other codings are kept), the
/// clinical status says how current it is, a refuted verification status negates it, onset gives its start, severity
/// ("Severe", "Moderate") its degree.
/// </summary>
internal static class FhirConditions
{
    public static void Read(FhirResource resource, FhirContext context, PatientParts parts)
    {
        var element = resource.Element;
        var verification = FhirJson.StatusCode(element, "verificationStatus");
        if (verification == "entered-in-error")
        {
            context.Problems.Info(resource.Where, "the condition was entered in error; left out");
            return;
        }

        if (context.Named(resource, FhirConcept.Read(element, "code"), "condition") is not { } code)
        {
            return;
        }

        var (meshId, meshName) = Mesh(code, context);
        parts.Conditions.Add(new PatientCondition(resource.Source)
        {
            Text = code.Name,
            MeshId = meshId,
            MeshName = meshName,
            Codes = code.OtherThanMesh,
            Status = Status(resource, context.Problems),
            Negated = verification == "refuted",
            Onset = FhirJson.DateOrPeriodStart(element, "onset"),
            Degree = FhirConcept.Read(element, "severity")?.Name,
        });
    }

    private static ConditionStatus Status(FhirResource resource, ReadProblems problems)
    {
        switch (FhirJson.StatusCode(resource.Element, "clinicalStatus"))
        {
            case null:
                return FhirJson.Property(resource.Element, "abatementDateTime") is null ? ConditionStatus.Active : ConditionStatus.Resolved;
            case "active" or "recurrence" or "relapse":
                return ConditionStatus.Active;
            case "inactive" or "remission":
                return ConditionStatus.History;
            case "resolved":
                return ConditionStatus.Resolved;
            default:
                problems.Warning(resource.Where, "clinicalStatus is not a condition-clinical code; read as active");
                return ConditionStatus.Active;
        }
    }

    private static (string? Id, string? Name) Mesh(FhirConcept code, FhirContext context)
    {
        if (code.Mesh is { } mesh)
        {
            var known = context.Vocabulary?.FindById(mesh.Code);
            return (mesh.Code, known?.Name ?? mesh.Display);
        }

        var names = code.Codings.Select(c => c.Display).Prepend(code.Text).OfType<string>();
        var descriptor = context.Vocabulary is { } vocabulary
            ? names.Select(name => vocabulary.FindByTerm(name).FirstOrDefault()).FirstOrDefault(d => d is not null)
            : null;
        return descriptor is null || descriptor.Id.Length == 0 ? (null, null) : (descriptor.Id, descriptor.Name);
    }
}
