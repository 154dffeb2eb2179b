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

    public static CriterionScreening? Check(IEnumerable<string?> titles, Patient patient)
    {
        if (patient.Age is not { } age || age.Years < AdultYears)
        {
            return null;
        }

        var text = string.Join(" ; ", titles.OfType<string>());
        if (Children().Match(text) is not { Success: true } child || Adults().IsMatch(text))
        {
            return null;
        }

        var fact = "age " + DemographicChecks.Text(age.Value);
        return new CriterionScreening(
            CriterionOrigin.RegistryField, $"Title: a study of {child.Value.ToLowerInvariant()}", null, CriterionVerdict.NotMet,
            $"the trial's title names {child.Value.ToLowerInvariant()}; the patient is an adult ({fact})")
        {
            ConstraintKind = Constraints.ConstraintKind.Age,
            Evidence = [new ScreeningEvidence(fact, age.Source)],
        };
    }

    [GeneratedRegex(@"\b(children|child(?![- ](pugh|turcotte))|childhood|pediatrics?|paediatrics?|infants?|neonates?|newborns?|babies|adolescents?|teenagers?|teens|boys|girls|kids)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Children();

    [GeneratedRegex(@"\b(adults?|women|men|mothers?|fathers?|parents|survivors?|elderly|all ages|and older)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Adults();
}
