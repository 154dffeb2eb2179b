namespace Trialdex.Core.Eligibility.Patients;

/// <summary>A code from a terminology, as FHIR writes a coding.</summary>
/// <param name="System">The terminology's URI, such as "http://snomed.info/sct" or "http://hl7.org/fhir/sid/icd-10-cm".</param>
/// <param name="Code">The code in that terminology ("38341003", "I10").</param>
/// <param name="Display">Its human-readable name, or null.</param>
public sealed record ClinicalCode(string System, string Code, string? Display = null);
