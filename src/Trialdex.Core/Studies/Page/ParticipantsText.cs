using System.Globalization;

namespace Trialdex.Core.Studies.Page;

/// <summary>Who takes part, in the words of a trial page: enrollment, ages and healthy volunteers.</summary>
internal static class ParticipantsText
{
    public static string? Enrollment(EnrollmentInfo? enrollment) =>
        enrollment?.Count is { } count
            ? string.Create(CultureInfo.InvariantCulture,
                $"{count} {(enrollment.Type == EnrollmentType.Estimated ? "estimated " : "")}{(count == 1 ? "patient" : "patients")}")
            : null;

    public static string? Ages(EligibilityModule? eligibility) =>
        (eligibility?.MinimumAge, eligibility?.MaximumAge) switch
        {
            ({ } min, { } max) when min.Unit == max.Unit => $"{Number(min)} to {Age(max)} old",
            ({ } min, { } max) => $"{Age(min)} to {Age(max)} old",
            ({ } min, null) => $"{Number(min)}+ {Unit(min)} old",
            (null, { } max) => $"Up to {Age(max)} old",
            _ => eligibility?.StdAges is { Count: > 0 } ? "All ages" : null,
        };

    public static string? Volunteers(bool? healthyVolunteers) =>
        healthyVolunteers switch
        {
            true => "Accepts Healthy Volunteers",
            false => "No Healthy Volunteers",
            null => null,
        };

    private static string Age(NormalizedTime time) => $"{Number(time)} {Unit(time)}";

    private static string Number(NormalizedTime time) => time.Value.ToString(CultureInfo.InvariantCulture);

    // "1 Year" → "year", "18 Years" → "years": the registry's own unit text, in lower case.
    private static string Unit(NormalizedTime time)
    {
        var text = time.ToString();
        return text[(text.IndexOf(' ') + 1)..].ToLowerInvariant();
    }
}
