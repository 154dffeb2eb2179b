using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Checks one criterion: each constraint on its own, then together — constraints sharing an OrGroup are
/// alternatives, the rest must all hold, except that in an exclusion the conditions, medications and procedures
/// named are alternatives ("HIV+, hepatitis B, C"). Time windows and counts qualify the other constraints and are
/// not checked: a criterion they qualify is never Met on the strength of its other constraints alone.
/// </summary>
internal static class CriterionChecker
{
    public static Check Evaluate(ParsedCriterion criterion, bool isHeading, Patient patient, UnitVocabulary? units)
    {
        var constraints = criterion.Constraints;
        if (constraints.All(c => c.Kind == ConstraintKind.Unstructured))
        {
            if (isHeading)
            {
                return new Check(CriterionVerdict.NotApplicable, "a heading over the criteria below it");
            }

            return AdministrativeText.IsAdministrative(criterion.Text)
                ? new Check(CriterionVerdict.NotApplicable, "consent or willingness to take part, asked at enrolment")
                : Check.Unknown("the criterion is not computable; someone must read it");
        }

        var timed = constraints.Any(c => c.Kind is ConstraintKind.TimeWindow || c.Flags.HasFlag(ConstraintFlags.Recent));
        var concepts = criterion.Kind == CriterionKind.Exclusion;
        var groups = new List<Check>();
        var alternatives = new List<Check>();
        foreach (var group in constraints.Where(c => c.Kind is not (ConstraintKind.TimeWindow or ConstraintKind.Count or ConstraintKind.Unstructured)).GroupBy(c => c.OrGroup))
        {
            var checks = group.Select(c => One(c, patient, units) with { Span = c.SourceSpan }).ToList();
            if (group.Key != 0)
            {
                groups.Add(VerdictLogic.Any(checks));
                continue;
            }

            foreach (var (constraint, check) in group.Zip(checks))
            {
                (concepts && constraint.Kind is ConstraintKind.Condition or ConstraintKind.Medication or ConstraintKind.Procedure ? alternatives : groups).Add(check);
            }
        }

        if (alternatives.Count > 0)
        {
            groups.Add(VerdictLogic.Any(alternatives));
        }

        if (groups.Count == 0)
        {
            return Check.Unknown("the criterion only states a time window or count, which the screener does not check");
        }

        var result = VerdictLogic.All(groups);
        return timed && result.Verdict == CriterionVerdict.Met
            ? result with { Verdict = CriterionVerdict.Unknown, Reason = result.Reason + ", but the criterion's time window was not checked" }
            : result;
    }

    private static Check One(Constraint constraint, Patient patient, UnitVocabulary? units)
    {
        var check = constraint.Kind switch
        {
            ConstraintKind.Age => DemographicChecks.Age(constraint, patient),
            ConstraintKind.Sex => DemographicChecks.Sex(constraint, patient),
            ConstraintKind.Pregnancy => DemographicChecks.Pregnancy(patient),
            ConstraintKind.Lactation => DemographicChecks.Lactation(patient),
            ConstraintKind.HealthyVolunteers => DemographicChecks.HealthyVolunteer(patient),
            ConstraintKind.Measurement => LabChecks.Measurement(constraint, patient, units),
            ConstraintKind.Score => ScoreChecks.Score(constraint, patient),
            ConstraintKind.Condition => ConceptChecks.Condition(constraint, patient),
            ConstraintKind.Medication => ConceptChecks.Medication(constraint, patient),
            ConstraintKind.Procedure => ConceptChecks.Procedure(constraint, patient),
            _ => Check.Unknown($"{constraint.Kind} constraints are not checked"),
        };
        return constraint.Flags.HasFlag(ConstraintFlags.Negated) && constraint.Kind is not (ConstraintKind.Age or ConstraintKind.Sex or ConstraintKind.Measurement or ConstraintKind.Score)
            ? check.Negate()
            : check;
    }
}
