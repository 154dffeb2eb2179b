using System.Globalization;

namespace Trialdex.Core.Studies.Page;

/// <summary>One arm or group of the trial: its name, kind ("Placebo Comparator group"), description and treatments ("Drug: Placebo").</summary>
/// <param name="Name">The arm's label; null when the record gives none.</param>
/// <param name="Kind">"Experimental group", "Placebo Comparator group"; null when the record gives no type.</param>
/// <param name="Type">The arm type, for renderers that mark placebo or comparator groups.</param>
/// <param name="Description">What the group receives, as the record describes it.</param>
/// <param name="Treatments">The interventions the group receives, as "Type: Name".</param>
public sealed record PatientGroup(string? Name, string? Kind, ArmGroupType? Type, string? Description, IReadOnlyList<string> Treatments)
{
    internal static PatientGroup From(ArmGroup arm) =>
        new(arm.Label,
            arm.Type is { } type ? $"{EnumText.Display(type)} group" : null,
            arm.Type,
            arm.Description,
            [.. arm.InterventionNames ?? []]);

    /// <summary>"320 participants in 2 patient groups, including a placebo group"; "4 patient groups" without an enrollment count.</summary>
    internal static string? Summary(EnrollmentInfo? enrollment, IReadOnlyList<ArmGroup>? arms)
    {
        if (arms is not { Count: > 0 })
        {
            return null;
        }

        var groups = string.Create(CultureInfo.InvariantCulture, $"{arms.Count} patient {(arms.Count == 1 ? "group" : "groups")}");
        var participants = enrollment?.Count is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "participant" : "participants")} in ")
            : "";
        var placebo = arms.Any(arm => arm.Type == ArmGroupType.PlaceboComparator) ? ", including a placebo group" : "";
        return participants + groups + placebo;
    }
}
