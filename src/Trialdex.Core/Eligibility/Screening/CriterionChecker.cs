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
        if (isHeading && IsHeading(criterion))
        {
            return new Check(CriterionVerdict.NotApplicable, "a heading over the criteria below it");
        }

        if (constraints.All(c => c.Kind == ConstraintKind.Unstructured))
        {
            if (AdministrativeText.IsAdministrative(criterion.Text))
            {
                return new Check(CriterionVerdict.NotApplicable, "consent or willingness to take part, asked at enrolment");
            }

            return NamedCondition(criterion, patient) ?? Check.Unknown("the criterion is not computable; someone must read it");
        }

        var timed = constraints.Any(c => c.Kind is ConstraintKind.TimeWindow || c.Flags.HasFlag(ConstraintFlags.Recent));
        var concepts = criterion.Kind == CriterionKind.Exclusion;
        var groups = new List<Check>();
        var alternatives = new List<Check>();
        foreach (var group in constraints.Where(c => c.Kind is not (ConstraintKind.TimeWindow or ConstraintKind.Count or ConstraintKind.Unstructured)).GroupBy(c => c.OrGroup))
        {
            var checks = group.Select(c => One(c, patient, units) with { Span = c.SourceSpan, Kind = c.Kind }).ToList();
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

    /// <summary>A criterion over sub-criteria that only names their topic ("Hormonal Medications", "Demographics").</summary>
    private static bool IsHeading(ParsedCriterion criterion) =>
        criterion.Constraints.All(c => c.Kind is ConstraintKind.Unstructured or ConstraintKind.Condition or ConstraintKind.Medication or ConstraintKind.Procedure)
        && Terms.Normalize(criterion.Text).Split(' ').Length <= 4;

    /// <summary>
    /// A criterion the extractor left whole that is nothing but a condition's name, as "Primary amenorrhea" or
    /// "History of thyroid dysfunction", checked as that condition when the patient's record names it.
    /// </summary>
    private static Check? NamedCondition(ParsedCriterion criterion, Patient patient)
    {
        var name = ConditionName.Strip(criterion.Text);
        if (name.Length < 4)
        {
            return null;
        }

        if (!patient.Conditions.Any(c => new[] { c.Text, c.MeshName }.OfType<string>().Any(t => Terms.Normalize(t) == name)))
        {
            return Check.Unknown("the criterion names a condition the patient's record does not mention", Questions.Condition(name));
        }

        var flags = criterion.Constraints[0].Flags;
        var check = ConceptChecks.Condition(new Constraint { Kind = ConstraintKind.Condition, Field = name, Flags = flags & ~ConstraintFlags.Negated, Span = criterion.Constraints[0].Span }, patient);
        return flags.HasFlag(ConstraintFlags.Negated) ? check.Negate() : check;
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
