namespace Trialdex.Core.Eligibility.Patients;

/// <summary>An answer that a record may give as unknown, such as whether the patient is pregnant.</summary>
public enum YesNoUnknown
{
    Unknown,

    Yes,

    No,
}
