using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// A patient's age, in the unit it was given ("45 Years", "3 Months") so that it compares exactly with a trial's
/// minimum and maximum age, which use the same <see cref="NormalizedTime"/>.
/// </summary>
/// <param name="Value">The age: whole years from two years on, whole months below, whole days below a month when computed from a birth date.</param>
/// <param name="Source">Where the age or the birth date was found.</param>
public sealed record PatientAge(NormalizedTime Value, FactSource Source)
{
    /// <summary>The birth date the age was computed from, or null when the age was given directly.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>The date at which the age was computed from <see cref="BirthDate"/>, or null.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The age in years, fractional below one year (a year being 365.25 days).</summary>
    public double Years => Value.TotalDays / 365.25;

    /// <summary>
    /// The age reached on <paramref name="asOf"/> by someone born on <paramref name="birthDate"/>: whole years from
    /// two years on, whole months from one month, whole days below; null when <paramref name="asOf"/> is before the birth.
    /// </summary>
    public static NormalizedTime? Between(DateOnly birthDate, DateOnly asOf)
    {
        if (asOf < birthDate)
        {
            return null;
        }

        var months = ((asOf.Year - birthDate.Year) * 12) + asOf.Month - birthDate.Month - (asOf.Day < birthDate.Day ? 1 : 0);
        return months >= 24 ? new NormalizedTime(months / 12, TimeUnit.Year)
            : months >= 1 ? new NormalizedTime(months, TimeUnit.Month)
            : new NormalizedTime(asOf.DayNumber - birthDate.DayNumber, TimeUnit.Day);
    }
}
