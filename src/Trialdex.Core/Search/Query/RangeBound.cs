namespace Trialdex.Core.Search.Query;

/// <summary>
/// One end of a RANGE, parsed into every typed value its text can mean; the search engine, which knows the field's type,
/// picks the one it needs and rejects the bound when that value is missing.
/// </summary>
/// <param name="Kind">What the bound was written as.</param>
/// <param name="Text">The bound as typed, trimmed ("18 years", "2020-01-01", "MAX").</param>
public sealed record RangeBound(RangeBoundKind Kind, string Text)
{
    /// <summary>The first day a date bound means: 2024-01 → 2024-01-01; a four-digit number is read as a year too.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The last day a date bound means: 2024-01 → 2024-01-31, 2024 → 2024-12-31. Use it for an upper bound.</summary>
    public DateOnly? LastDate { get; init; }

    /// <summary>The value of a number bound ("500" → 500, "2024" → 2024).</summary>
    public decimal? Number { get; init; }

    /// <summary>An age bound in days (a year is 365.25 days, a month 30.4375), so that 1 year is more than 6 months.</summary>
    public double? AgeDays { get; init; }

    /// <summary>True for MIN and MAX, which leave that end of the range open.</summary>
    public bool IsOpen => Kind is RangeBoundKind.Min or RangeBoundKind.Max;
}
