using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>A medicine the patient takes or took, named by text and optionally coded.</summary>
/// <param name="Source">Where the medication is stated.</param>
public sealed record PatientMedication(FactSource Source)
{
    /// <summary>The medicine as written ("metformin 500 mg"), or null when only a code is known.</summary>
    public string? Name { get; init; }

    /// <summary>The RxNorm concept id ("6809"), or null.</summary>
    public string? RxNorm { get; init; }

    /// <summary>The ATC code ("A10BA02"), or null.</summary>
    public string? Atc { get; init; }

    /// <summary>Whether the patient takes it now or took it before.</summary>
    public MedicationStatus Status { get; init; } = MedicationStatus.Unknown;

    /// <summary>When the patient started it, or null.</summary>
    public PartialDate? Start { get; init; }
}

/// <summary>Whether a medication is current.</summary>
public enum MedicationStatus
{
    /// <summary>Not said.</summary>
    Unknown,

    /// <summary>Taken now (FHIR active, intended, on-hold).</summary>
    Active,

    /// <summary>Taken before and stopped (FHIR completed, stopped).</summary>
    Past,
}
