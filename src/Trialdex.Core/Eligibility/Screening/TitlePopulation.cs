using System.Text.RegularExpressions;
using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The population a trial's title names, checked against an adult patient: "… in Children With Migraine",
/// "Springfield Children's Heart Study", "… in Premature Infants". Older records often leave the
/// registry's age limits open (or at 100 years) and state no criteria, so the title is where they say whom they
/// study. Only children are read this way, and only when the title names no adults beside them ("Iron for Pregnant
/// Women and Their Babies", "Adolescents and Young Adults", "Survivors of Childhood Leukemia"): titles name adults in too many
/// other senses ("adult height", "adult-onset") to read the reverse.
/// </summary>
internal static partial class TitlePopulation
{
    private const double AdultYears = 18;

    public static CriterionScreening? Check(IEnumerable<string?> titles, Patient patient) =>
        patient.Age is not { } age || age.Years < AdultYears ? null : Check(ChildrenNamed(titles), patient);

    /// <summary>The word for children the titles name ("Children", "Infants") when they name no adults beside them; otherwise null.</summary>
    public static string? ChildrenNamed(IEnumerable<string?> titles)
    {
        var text = string.Join(" ; ", titles.OfType<string>());
        return Children().Match(text) is { Success: true } child && !Adults().IsMatch(text) ? child.Value : null;
    }

    /// <summary>The check of <paramref name="patient"/> against a study of <paramref name="children"/> (<see cref="ChildrenNamed"/>), or null when it does not apply.</summary>
    public static CriterionScreening? Check(string? children, Patient patient)
    {
        if (children is null || patient.Age is not { } age || age.Years < AdultYears)
        {
            return null;
        }

        var fact = "age " + DemographicChecks.Text(age.Value);
        return new CriterionScreening(
            CriterionOrigin.RegistryField, $"Title: a study of {children.ToLowerInvariant()}", null, CriterionVerdict.NotMet,
            $"the trial's title names {children.ToLowerInvariant()}; the patient is an adult ({fact})")
        {
            ConstraintKind = Constraints.ConstraintKind.Age,
            Evidence = [new ScreeningEvidence(fact, age.Source)],
        };
    }

    [GeneratedRegex(@"\b(children|child(?![- ](pugh|turcotte))|childhood|pediatrics?|paediatrics?|infants?|neonates?|newborns?|babies|adolescents?|teenagers?|teens|boys|girls|kids)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Children();

    [GeneratedRegex(@"\b(adults?|women|men|mothers?|fathers?|parents|survivors?|elderly|all ages|and older)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adults();
}
