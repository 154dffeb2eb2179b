namespace Trialdex.Core.Eligibility.Screening;

/// <summary>What pre-screening concludes about a patient and one trial.</summary>
public enum TrialVerdict
{
    /// <summary>Every criterion that could be checked is satisfied, at least one was, and none is left unknown.</summary>
    LikelyEligible,

    /// <summary>Nothing rules the patient out, but some criteria are unknown (listed with the result).</summary>
    PossiblyEligible,

    /// <summary>At least one criterion rules the patient out (named as the deciding criterion).</summary>
    NotEligible,
}
