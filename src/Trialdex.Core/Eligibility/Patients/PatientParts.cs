namespace Trialdex.Core.Eligibility.Patients;

/// <summary>The facts of a patient as a reader gathers them, one at a time, before the immutable <see cref="Patient"/> is made.</summary>
internal sealed class PatientParts
{
    public PatientAge? Age { get; set; }

    public Fact<PatientSex>? Sex { get; set; }

    public List<PatientCondition> Conditions { get; } = [];

    public List<PatientObservation> Observations { get; } = [];

    public List<PatientMedication> Medications { get; } = [];

    public List<PatientProcedure> Procedures { get; } = [];

    public PatientPregnancy Pregnancy { get; set; } = new();

    public PatientPerformanceStatus PerformanceStatus { get; set; } = new();

    public PatientLocation? Location { get; set; }

    public Fact<bool>? HealthyVolunteer { get; set; }

    public DateOnly? AsOf { get; set; }

    public Patient Build() => new()
    {
        AsOf = AsOf ?? Age?.AsOf,
        Age = Age,
        Sex = Sex,
        Conditions = [.. Conditions],
        Observations = [.. Observations],
        Medications = [.. Medications],
        Procedures = [.. Procedures],
        Pregnancy = Pregnancy == new PatientPregnancy() ? null : Pregnancy,
        PerformanceStatus = PerformanceStatus == new PatientPerformanceStatus() ? null : PerformanceStatus,
        Location = Location,
        HealthyVolunteer = HealthyVolunteer,
    };
}
