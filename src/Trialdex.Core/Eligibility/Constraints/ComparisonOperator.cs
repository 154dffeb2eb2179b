namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>How a constraint compares a participant's value with the values a criterion gives.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal to the one value ("Female", "for 6 weeks").</summary>
    Equal,

    /// <summary>Below the value ("&lt;", "less than", "under", "younger than").</summary>
    Less,

    /// <summary>At or below the value ("≤", "=&lt;", "no more than", "up to", "within").</summary>
    LessOrEqual,

    /// <summary>Above the value ("&gt;", "more than", "over", "older than").</summary>
    Greater,

    /// <summary>At or above the value ("≥", "&gt;=", "at least", "or older").</summary>
    GreaterOrEqual,

    /// <summary>From the first value to the second, both included ("between 20 and 40", "0-1", "18.5 to 30").</summary>
    Between,

    /// <summary>Any one of the values ("NYHA Class III/IV", "ECOG 0 or 1").</summary>
    OneOf,
}
