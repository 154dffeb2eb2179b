namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>How a criterion qualifies what a constraint names.</summary>
[Flags]
public enum ConstraintFlags
{
    /// <summary>Stated plainly.</summary>
    None = 0,

    /// <summary>Denied: "no", "not", "non-", "without", "absence of", "denies", "free of", "negative for".</summary>
    Negated = 1,

    /// <summary>In the past: "history of", "prior", "previous", "previously", "past".</summary>
    History = 2,

    /// <summary>Now: "active", "current", "currently", "ongoing", "uncontrolled", "concurrent", "concomitant".</summary>
    Active = 4,

    /// <summary>Within a recent time window that the criterion gives ("within 3 months").</summary>
    Recent = 8,

    /// <summary>Of the participant's family ("family history of").</summary>
    Family = 16,

    /// <summary>
    /// Named as an exception to the criterion, which then does not ask about it: "malignancy other than basal cell
    /// carcinoma", "prior surgery except appendectomy", "with the exception of", "excluding", "apart from".
    /// </summary>
    Excepted = 32,

    /// <summary>
    /// An age that says when another requirement applies, not an age the criterion asks for: "consent of parent or
    /// guardian if under 18", "for patients &lt; 18 years" (<see cref="AgeConditions"/>).
    /// </summary>
    Conditional = 64,

    /// <summary>
    /// Named with a degree, a state of control or a kind that records seldom give: "uncontrolled hypertension",
    /// "severe asthma", "clinically significant cardiac disease", "symptomatic heart failure", "seasonal allergic
    /// asthma" (<see cref="Severity"/>).
    /// </summary>
    Qualified = 128,
}
