using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>An operation or other procedure the patient had.</summary>
/// <param name="Source">Where the procedure is stated.</param>
public sealed record PatientProcedure(FactSource Source)
{
    /// <summary>The procedure as written ("laparoscopic appendectomy"), or null when only codes are known.</summary>
    public string? Name { get; init; }

    /// <summary>Its codes (SNOMED CT, CPT, ICD-10-PCS), in the order given.</summary>
    public IReadOnlyList<ClinicalCode> Codes { get; init; } = [];

    /// <summary>When it was done, or null.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>How long before the record's date the procedure was done, in days, when said only relatively ("a C-section 2 years ago"); null otherwise.</summary>
    public ElapsedDays? Elapsed { get; init; }
}
