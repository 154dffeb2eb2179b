using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Pre-screens a patient against a trial: the registry's structured fields and every parsed criterion get a
/// verdict with evidence, and the trial a verdict — not eligible when any criterion rules the patient out (an
/// inclusion not met, an exclusion met), likely eligible when nothing is left unknown and something was checked, possibly eligible otherwise.
/// Pure, deterministic and offline; it never throws on any patient or criteria.
/// </summary>
public static class Screener
{
    /// <summary>Screens <paramref name="patient"/> against a trial's eligibility module and its parsed criteria.</summary>
    /// <param name="patient">What is known about the patient; missing facts make criteria unknown, never failed.</param>
    /// <param name="module">The trial's eligibility module (sex, ages, healthy volunteers), or null.</param>
    /// <param name="criteria">The trial's criteria as <see cref="ConstraintExtractor.Parse"/> reads them.</param>
    /// <param name="units">UCUM units to convert laboratory values; without them only same units, cell counts and percentages compare.</param>
    public static TrialScreening Screen(Patient patient, EligibilityModule? module, ParsedCriteria criteria, UnitVocabulary? units = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(criteria);
        var results = new List<CriterionScreening>(RegistryFieldChecks.Check(module, patient));
        var list = criteria.Criteria;
        for (var i = 0; i < list.Count; i++)
        {
            var criterion = list[i];
            var isHeading = i + 1 < list.Count && list[i + 1].Depth > criterion.Depth;
            results.Add(ScreenOne(criterion, isHeading, patient, units));
        }

        var verdict = results.Any(r => r.RulesOut) ? TrialVerdict.NotEligible
            : results.Any(r => r.Verdict == CriterionVerdict.Unknown) || !results.Any(r => r.Verdict == CriterionVerdict.Met) ? TrialVerdict.PossiblyEligible
            : TrialVerdict.LikelyEligible;
        return new TrialScreening(verdict, results);
    }

    private static CriterionScreening ScreenOne(ParsedCriterion criterion, bool isHeading, Patient patient, UnitVocabulary? units)
    {
        var origin = criterion.Kind switch
        {
            CriterionKind.Inclusion => CriterionOrigin.Inclusion,
            CriterionKind.Exclusion => CriterionOrigin.Exclusion,
            _ => CriterionOrigin.Unclassified,
        };
        Check check;
        try
        {
            check = CriterionChecker.Evaluate(criterion, isHeading, patient, units);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException)
        {
            // A defect in one check must not cost the patient the whole screening: that criterion stays unknown.
            check = Check.Unknown("the criterion could not be checked");
        }

        var mentions = check.Verdict == CriterionVerdict.Unknown ? ConceptChecks.Mentions(criterion.Text, patient) : [];
        return new CriterionScreening(origin, criterion.Text, criterion.Span, check.Verdict, check.Reason)
        {
            ConstraintSpan = check.Span,
            ConstraintKind = check.Kind,
            Evidence = check.Evidence,
            Missing = check.Verdict == CriterionVerdict.Unknown && check.Missing is { } missing ? [missing] : [],
            Mentions = mentions,
        };
    }
}
