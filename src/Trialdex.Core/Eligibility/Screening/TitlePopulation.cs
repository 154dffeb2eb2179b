using System.Text.RegularExpressions;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The population a trial's titles name, checked against the patient. Older records often leave the registry's age
/// limits open (or at 100 years) and state few criteria, so the title is where they say whom they study. Two
/// readings:
/// <list type="bullet">
/// <item>children ("… in Children With Migraine", "Springfield Children's Heart Study", "… in Premature Infants"),
/// against an adult, only when the title names no adults beside them ("Iron for Pregnant Women and Their Babies",
/// "Adolescents and Young Adults", "Survivors of Childhood Leukemia"): titles name adults in too many other senses
/// ("adult height", "adult-onset") to read the reverse;</item>
/// <item>people at risk of a disease ("… in Persons at High Risk for Developing Breast Cancer", "Women at High Genetic
/// Risk of Breast Cancer"), against a patient who has it or a narrower form of it (through MeSH), unless the titles
/// take in people who have it too ("Patients With or at Risk for Cerebrovascular Disease", "at High-Risk or With
/// Lymphoma").</item>
/// </list>
/// </summary>
internal static partial class TitlePopulation
{
    private const double AdultYears = 18;

    /// <summary>What the titles say of the population, or null when they say nothing <see cref="Check(TitleGroup?, Patient, MeshVocabulary?)"/> reads.</summary>
    public static TitleGroup? Named(IEnumerable<string?> titles)
    {
        var list = titles.OfType<string>().ToList();
        var group = new TitleGroup(ChildrenNamed(list), AtRiskOf(list));
        return group is { Children: null, AtRiskOf: null } ? null : group;
    }

    /// <summary>The checks of <paramref name="patient"/> against the population <paramref name="group"/> names: none, one or two.</summary>
    public static CriterionScreening[] Check(TitleGroup? group, Patient patient, MeshVocabulary? vocabulary) =>
        group is not { } named ? [] : [.. new[] { Check(named.Children, patient), AtRisk(named.AtRiskOf, patient, vocabulary) }.OfType<CriterionScreening>()];

    /// <summary>The disease the titles say the trial's people are at risk of ("Breast Cancer"), unless they take in people who have it.</summary>
    public static string? AtRiskOf(IEnumerable<string?> titles)
    {
        var text = string.Join(" ; ", titles.OfType<string>());
        return AtRisk().Match(text) is { Success: true } risk && !WithItToo().IsMatch(text) ? risk.Groups["disease"].Value.Trim() : null;
    }

    /// <summary>The word for children the titles name ("Children", "Infants") when they name no adults beside them; otherwise null.</summary>
    public static string? ChildrenNamed(IEnumerable<string?> titles)
    {
        var text = string.Join(" ; ", titles.OfType<string>());
        return Children().Match(text) is { Success: true } child && !Adults().IsMatch(text) ? child.Value : null;
    }

    /// <summary>The check of <paramref name="patient"/> against a study of <paramref name="children"/> (<see cref="ChildrenNamed"/>), or null when it does not apply.</summary>
    private static CriterionScreening? Check(string? children, Patient patient)
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

    /// <summary>
    /// Not eligible when the patient has (or had) the disease the trial's people are at risk of, or a narrower form
    /// of it; null when the titles name no such disease, the vocabulary cannot place it as one, or the patient is not
    /// known to have it.
    /// </summary>
    private static CriterionScreening? AtRisk(string? disease, Patient patient, MeshVocabulary? vocabulary)
    {
        if (disease is null || Has(patient, disease, vocabulary) is not { } condition)
        {
            return null;
        }

        var name = condition.Text ?? condition.MeshName ?? disease;
        return new CriterionScreening(
            CriterionOrigin.RegistryField, $"Title: people at risk of {disease}", null, CriterionVerdict.NotMet,
            $"the trial's title names people at risk of {disease}; the patient has {name}")
        {
            ConstraintKind = Constraints.ConstraintKind.Condition,
            Evidence = [new ScreeningEvidence("has " + name, condition.Source)],
        };
    }

    /// <summary>The patient's condition (not denied) that is <paramref name="disease"/> or below it in MeSH; by its words alone without a vocabulary.</summary>
    private static PatientCondition? Has(Patient patient, string disease, MeshVocabulary? vocabulary)
    {
        var conditions = patient.Conditions.Where(c => !c.Negated).ToList();
        if (vocabulary is null)
        {
            var key = Terms.Normalize(disease);
            return conditions.FirstOrDefault(c => c.Text is { } text && Terms.Normalize(text) == key);
        }

        var named = vocabulary.FindInText(disease).Where(d => MeshTreeNumber.IsDisease(d.TreeNumbers)).ToList();
        var tree = new TrialContext(null, vocabulary);
        return conditions.FirstOrDefault(c => named.Any(d => tree.IsSameOrBelow(c, d)));
    }

    [GeneratedRegex(@"\bat (?:an? )?(?:(?:high|higher|increased|elevated|genetic|familial|hereditary|inherited)[ -])*risk (?:for|of) (?:developing |the development of )?(?<disease>[^,;:()]+?)(?=$|[,;:()]| in | and | who | with | during | after )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtRisk();

    [GeneratedRegex(@"\b(?:with|have|having) or\b|\bor (?:with|have|having)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithItToo();

    [GeneratedRegex(@"\b(children|child(?![- ](pugh|turcotte))|childhood|pediatrics?|paediatrics?|infants?|neonates?|newborns?|babies|adolescents?|teenagers?|teens|boys|girls|kids)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Children();

    [GeneratedRegex(@"\b(adults?|women|men|mothers?|fathers?|parents|survivors?|elderly|all ages|and older)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adults();
}

/// <summary>What a trial's titles say of its population (<see cref="TitlePopulation"/>): the word for children they name, and the disease its people are at risk of.</summary>
internal readonly record struct TitleGroup(string? Children, string? AtRiskOf);
