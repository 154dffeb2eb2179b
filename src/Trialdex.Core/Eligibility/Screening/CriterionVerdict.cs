namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Whether what a criterion states is true of the patient. For an exclusion criterion, <see cref="Met"/> means the
/// exclusion applies (the patient has what it excludes), so it rules the patient out; see <see cref="CriterionScreening.RulesOut"/>.
/// </summary>
public enum CriterionVerdict
{
    /// <summary>The patient's facts show the criterion's statement holds.</summary>
    Met,

    /// <summary>The patient's facts show the criterion's statement does not hold.</summary>
    NotMet,

    /// <summary>A fact the criterion needs is missing, or the criterion is not computable.</summary>
    Unknown,

    /// <summary>Nothing to check about the patient: consent, willingness to comply, or a heading over sub-criteria.</summary>
    NotApplicable,
}
