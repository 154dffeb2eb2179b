namespace Trialdex.Core.Eligibility.Patients;

/// <summary>How well the patient carries out daily activities, as oncology trials state it; each score is null when not said.</summary>
public sealed record PatientPerformanceStatus
{
    /// <summary>The ECOG (WHO, Zubrod) grade, 0 (fully active) to 5 (dead).</summary>
    public Fact<int>? Ecog { get; init; }

    /// <summary>The Karnofsky score, 0 to 100 (normal, no complaints).</summary>
    public Fact<int>? Karnofsky { get; init; }
}
