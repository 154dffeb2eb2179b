namespace Trialdex.Core.Search.Query;

/// <summary>What a RANGE bound was written as.</summary>
public enum RangeBoundKind
{
    /// <summary>MIN: no lower bound.</summary>
    Min,

    /// <summary>MAX: no upper bound.</summary>
    Max,

    /// <summary>A date: 2024-01-31, 2024-01 or 01/31/2024 (a bare 2024 is a <see cref="Number"/> that is also a year).</summary>
    Date,

    /// <summary>A number: 100, 2.5, -3, or 2024.</summary>
    Number,

    /// <summary>A number with a time unit: 18 years, 6 months, 16 weeks, 30 days, 12 hours, 5 minutes.</summary>
    Age,
}
