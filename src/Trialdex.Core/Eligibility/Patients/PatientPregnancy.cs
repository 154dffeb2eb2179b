namespace Trialdex.Core.Eligibility.Patients;

/// <summary>What is known about pregnancy and lactation; each part is null when not said.</summary>
public sealed record PatientPregnancy
{
    /// <summary>Whether the patient is pregnant now.</summary>
    public Fact<YesNoUnknown>? Pregnant { get; init; }

    /// <summary>Whether the patient is breastfeeding now.</summary>
    public Fact<YesNoUnknown>? Lactating { get; init; }

    /// <summary>Whether the patient has recently given birth.</summary>
    public Fact<bool>? Postpartum { get; init; }

    /// <summary>How many times the patient has been pregnant (the G of "G2P1").</summary>
    public Fact<int>? Gravida { get; init; }

    /// <summary>How many pregnancies went on to birth (the P of "G2P1").</summary>
    public Fact<int>? Para { get; init; }
}
