using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// A measured or observed value: a lab result ("platelets 40 x 10^9/L"), a vital sign ("BP 150/95" gives two, systolic
/// and diastolic), or a coded status such as smoking. Named by text, by LOINC code, or both.
/// </summary>
/// <param name="Source">Where the value was found.</param>
public sealed record PatientObservation(FactSource Source)
{
    /// <summary>
    /// The LOINC code of tobacco smoking status. The note reader gives it one of the texts "current smoker", "former
    /// smoker", "never smoker", "non-smoker" (not smoking now, the past not said, as in "denies smoking") or "smoker"
    /// (now or before, not said); FHIR records keep their own coded display, such as "Ex-smoker".
    /// </summary>
    public const string SmokingStatusLoinc = "72166-2";

    /// <summary>What was measured ("platelet count", "systolic blood pressure"), or null when only the code is known.</summary>
    public string? Name { get; init; }

    /// <summary>The LOINC code ("777-3"), or null.</summary>
    public string? Loinc { get; init; }

    /// <summary>The numeric value, or null when the value is a text.</summary>
    public decimal? Value { get; init; }

    /// <summary>The value as text when it is not a number ("positive", "former smoker"), or null.</summary>
    public string? ValueText { get; init; }

    /// <summary>The unit as written ("x 10^9/L", "mg/dl", "C"), or null when none was written.</summary>
    public string? Unit { get; init; }

    /// <summary>The UCUM code of the unit ("10*9/L", "mg/dL", "Cel") when known, or null.</summary>
    public string? Ucum { get; init; }

    /// <summary>When the value was measured, or null.</summary>
    public PartialDate? Date { get; init; }
}
