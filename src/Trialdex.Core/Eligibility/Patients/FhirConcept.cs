using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>A FHIR CodeableConcept: its text and its codings.</summary>
internal sealed record FhirConcept(string? Text, IReadOnlyList<ClinicalCode> Codings)
{
    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Atc = "http://www.whocc.no/atc";

    private static readonly string[] MeshSystems = ["http://id.nlm.nih.gov/mesh", "urn:oid:2.16.840.1.113883.6.177"];

    /// <summary>The text, or else the first display of a coding.</summary>
    public string? Name => Text ?? Codings.Select(c => c.Display).FirstOrDefault(d => d is not null);

    public bool IsEmpty => Text is null && Codings.Count == 0;

    /// <summary>The concept in a property, or null when the property is missing or holds no text and no usable coding.</summary>
    public static FhirConcept? Read(JsonElement element, string name)
    {
        if (FhirJson.Object(element, name) is not { } concept)
        {
            return null;
        }

        var codings = FhirJson.Array(concept, "coding")
            .Select(c => (System: FhirJson.String(c, "system"), Code: FhirJson.String(c, "code"), Display: FhirJson.String(c, "display")))
            .Where(c => c.System is not null && c.Code is not null)
            .Select(c => new ClinicalCode(c.System!, c.Code!, c.Display))
            .ToList();
        var result = new FhirConcept(FhirJson.String(concept, "text"), codings);
        return result.IsEmpty ? null : result;
    }

    /// <summary>The code in a terminology, or null.</summary>
    public string? Code(string system) => Codings.FirstOrDefault(c => c.System == system)?.Code;

    public ClinicalCode? Mesh => Codings.FirstOrDefault(c => MeshSystems.Contains(c.System));

    /// <summary>The codings that are not MeSH, which a condition keeps as its other codes.</summary>
    public IReadOnlyList<ClinicalCode> OtherThanMesh => [.. Codings.Where(c => !MeshSystems.Contains(c.System))];
}
