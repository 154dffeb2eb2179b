using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Pre-screens a patient against a trial: the registry's structured fields and every parsed criterion get a
/// verdict with evidence, and the trial a verdict — not eligible when any criterion rules the patient out (an
/// inclusion not met, an exclusion met), likely eligible when nothing is left unknown and something was checked, possibly eligible otherwise.
/// Pure, deterministic and offline; it never throws on any patient or criteria.
/// </summary>
public static class Screener
{
    /// <summary>
    /// Screens <paramref name="patient"/> against a trial record: its eligibility module, the conditions it studies
    /// (see <c>trialConditions</c> below), the population its titles name (<see cref="TitlePopulation"/>: an adult is not eligible for a study
    /// titled "… in Children With …", a patient with breast cancer for one of "Women at High Risk of Breast Cancer"), and its parsed criteria.
    /// </summary>
    /// <param name="patient">What is known about the patient.</param>
    /// <param name="trial">The trial's protocol section, or null.</param>
    /// <param name="criteria">The trial's criteria as <see cref="ConstraintExtractor.Parse"/> reads them.</param>
    /// <param name="units">UCUM units to convert laboratory values.</param>
    /// <param name="vocabulary">MeSH with its tree, or null.</param>
    public static TrialScreening ScreenTrial(Patient patient, ProtocolSection? trial, ParsedCriteria criteria, UnitVocabulary? units = null, MeshVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var titles = new[] { trial?.IdentificationModule?.BriefTitle, trial?.IdentificationModule?.OfficialTitle };
        return Screen(patient, trial?.EligibilityModule, criteria, units, TrialContext.Studied(trial?.ConditionsModule?.Conditions, trial?.IdentificationModule?.BriefTitle), vocabulary, TitlePopulation.Check(TitlePopulation.Named(titles), patient, vocabulary));
    }

    /// <summary>Screens <paramref name="patient"/> against a trial's eligibility module and its parsed criteria.</summary>
    /// <param name="patient">What is known about the patient; missing facts make criteria unknown, never failed.</param>
    /// <param name="module">The trial's eligibility module (sex, ages, healthy volunteers), or null.</param>
    /// <param name="criteria">The trial's criteria as <see cref="ConstraintExtractor.Parse"/> reads them.</param>
    /// <param name="units">UCUM units to convert laboratory values; without them only same units, cell counts and percentages compare.</param>
    /// <param name="trialConditions">
    /// The conditions the trial studies (its registry conditions list), or null. A criterion never counts against
    /// the patient merely for having one of them: exclusions that name the trial's own condition qualify it
    /// ("earlier breast cancer" in a breast cancer trial) in ways the screener cannot check.
    /// </param>
    /// <param name="vocabulary">MeSH with its tree, or null: a patient's condition then also meets a criterion naming a broader descriptor ("malignancy", "heart disease").</param>
    public static TrialScreening Screen(
        Patient patient, EligibilityModule? module, ParsedCriteria criteria, UnitVocabulary? units = null,
        IReadOnlyList<string>? trialConditions = null, MeshVocabulary? vocabulary = null) =>
        Screen(patient, module, criteria, units, trialConditions, vocabulary, []);

    private static TrialScreening Screen(
        Patient patient, EligibilityModule? module, ParsedCriteria criteria, UnitVocabulary? units,
        IReadOnlyList<string>? trialConditions, MeshVocabulary? vocabulary, IReadOnlyList<CriterionScreening> titlePopulation)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(criteria);
        var trial = trialConditions is null && vocabulary is null ? TrialContext.None : new TrialContext(trialConditions, vocabulary);
        var results = new List<CriterionScreening>(RegistryFieldChecks.Check(module, patient));
        results.AddRange(titlePopulation);

        foreach (var plan in CriterionPlan.Prepare(criteria, vocabulary))
        {
            results.Add(ScreenOne(plan, patient, units, trial));
        }

        var verdict = ScreeningTally.Of(results).Verdict;
        return new TrialScreening(verdict, results);
    }

    /// <summary>Screens one prepared criterion: its verdict, why, the evidence, what would settle it, and the patient's conditions it names when left unknown.</summary>
    internal static CriterionScreening ScreenOne(CriterionPlan plan, Patient patient, UnitVocabulary? units, TrialContext trial)
    {
        var criterion = plan.Criterion;
        Check check;
        try
        {
            check = plan.ForHealthyVolunteers && DemographicChecks.HealthyVolunteer(patient) is { Verdict: CriterionVerdict.NotMet } patientGroup
                ? new Check(CriterionVerdict.NotApplicable, $"it is for the trial's healthy volunteers, another group: {patientGroup.Reason}") { Evidence = patientGroup.Evidence }
                : plan.Settled ?? CriterionChecker.Evaluate(plan, patient, units, trial);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // A defect in one check (or a pattern timed out on a starved machine) must not cost the patient the whole
            // screening: that criterion stays unknown.
            check = Check.Unknown("the criterion could not be checked");
        }

        var mentions = check.Verdict == CriterionVerdict.Unknown ? ConceptChecks.Mentions(plan.NormalizedText, patient) : [];
        return new CriterionScreening(plan.Origin, criterion.Text, criterion.Span, check.Verdict, check.Reason)
        {
            ConstraintSpan = check.Span,
            ConstraintKind = check.Kind,
            Evidence = check.Evidence,
            Missing = check.Verdict == CriterionVerdict.Unknown && check.Missing is { } missing ? [missing] : [],
            Mentions = mentions,
        };
    }
}
