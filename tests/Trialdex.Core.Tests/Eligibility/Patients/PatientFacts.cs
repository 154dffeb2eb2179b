using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>Every fact source of a patient, to check the evidence of all facts at once.</summary>
internal static class PatientFacts
{
    public static IEnumerable<FactSource> Sources(Patient patient)
    {
        var single = new FactSource?[]
        {
            patient.Age?.Source, patient.Sex?.Source, patient.Pregnancy?.Pregnant?.Source, patient.Pregnancy?.Lactating?.Source,
            patient.Pregnancy?.Postpartum?.Source, patient.Pregnancy?.Gravida?.Source, patient.Pregnancy?.Para?.Source,
            patient.PerformanceStatus?.Ecog?.Source, patient.PerformanceStatus?.Karnofsky?.Source, patient.Location?.Source,
            patient.HealthyVolunteer?.Source,
        };
        return single.OfType<FactSource>()
            .Concat(patient.Conditions.Select(c => c.Source))
            .Concat(patient.Observations.Select(o => o.Source))
            .Concat(patient.Medications.Select(m => m.Source))
            .Concat(patient.Procedures.Select(p => p.Source));
    }
}
