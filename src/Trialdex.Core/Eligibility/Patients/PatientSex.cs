namespace Trialdex.Core.Eligibility.Patients;

/// <summary>A patient's sex as pre-screening compares it with a trial's sex restriction.</summary>
public enum PatientSex
{
    /// <summary>A record says the sex is unknown, other or undetermined.</summary>
    Unknown,

    Female,

    Male,
}
