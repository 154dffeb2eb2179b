namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// A time before the record's date as a range of days: "2 years ago" is about 730, "10-15 years ago" 3,652 to 5,479,
/// "a year ago" 365.
/// </summary>
/// <param name="Least">The fewest days it can be.</param>
/// <param name="Most">The most days it can be.</param>
public readonly record struct ElapsedDays(double Least, double Most);
