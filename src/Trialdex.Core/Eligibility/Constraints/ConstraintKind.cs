namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>What a constraint is about, which decides how a screener checks it against a participant.</summary>
public enum ConstraintKind
{
    /// <summary>The participant's age ("aged 18-65", "≥ 18 years", "less than 20 years old").</summary>
    Age,

    /// <summary>The participant's sex ("Women", "Females", "male or female").</summary>
    Sex,

    /// <summary>Being pregnant ("Pregnant", "pregnancy"), usually in exclusion criteria.</summary>
    Pregnancy,

    /// <summary>Breastfeeding ("lactating", "breast-feeding", "nursing").</summary>
    Lactation,

    /// <summary>Using or agreeing to use contraception.</summary>
    Contraception,

    /// <summary>Being a healthy volunteer.</summary>
    HealthyVolunteers,

    /// <summary>A laboratory value, vital sign or body measurement with a threshold ("platelets &lt;50×10⁹/L", "fibroids &gt;2 cm").</summary>
    Measurement,

    /// <summary>A clinical score or class (ECOG, Karnofsky, NYHA, BMI, Child-Pugh, MELD, a scoring system's class ranges).</summary>
    Score,

    /// <summary>A time window or duration ("within 3 months", "at least 6 months after", "a course of more than 5 years").</summary>
    TimeWindow,

    /// <summary>A number of things ("at least one of the following", "two or more episodes").</summary>
    Count,

    /// <summary>A disease or condition, with the MeSH descriptors found for it when a vocabulary is given.</summary>
    Condition,

    /// <summary>A drug or drug class, or a dose of one ("&gt;8 mg/day estrogen/progestin").</summary>
    Medication,

    /// <summary>A surgical or other procedure ("uterine artery embolization").</summary>
    Procedure,

    /// <summary>A criterion not understood: its whole text, kept so that nothing is dropped.</summary>
    Unstructured,
}
