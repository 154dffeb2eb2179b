using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Checks conditions, medications and procedures: by MeSH descriptor when both sides have one, otherwise by words
/// (the criterion's words must all occur in the patient's term: "hepatitis" covers "chronic hepatitis B", not the
/// reverse). A denied condition answers "no"; a condition not mentioned stays unknown — absence is not denial.
/// </summary>
internal static class ConceptChecks
{
    public static Check Condition(Constraint constraint, Patient patient)
    {
        if (constraint.Flags.HasFlag(ConstraintFlags.Family))
        {
            return Check.Unknown("the patient's family history is not known", Questions.FamilyHistory(constraint.Field));
        }

        var match = patient.Conditions.FirstOrDefault(c => Matches(constraint, c));
        if (match is null)
        {
            return Check.Unknown($"nothing says whether the patient has {constraint.Field}", Questions.Condition(constraint.Field));
        }

        var fact = "condition " + Name(match) + (match.Negated ? " (denied)" : match.Status == ConditionStatus.Active ? "" : $" ({match.Status.ToString().ToLowerInvariant()})");
        if (match.Negated)
        {
            return Check.NotMet($"the patient does not have {Name(match)}", fact, match.Source);
        }

        var wantsNow = constraint.Flags.HasFlag(ConstraintFlags.Active) && !constraint.Flags.HasFlag(ConstraintFlags.History);
        return match.Status switch
        {
            ConditionStatus.Active => Check.Met($"the patient has {Name(match)}", fact, match.Source),
            ConditionStatus.History when !wantsNow => Check.Met($"the patient has or had {Name(match)}", fact, match.Source),
            ConditionStatus.Resolved when constraint.Flags.HasFlag(ConstraintFlags.History) => Check.Met($"the patient had {Name(match)}", fact, match.Source),
            ConditionStatus.Resolved when wantsNow => Check.NotMet($"the patient's {Name(match)} is resolved", fact, match.Source),
            _ => new Check(CriterionVerdict.Unknown, $"whether the patient's {Name(match)} is current is not known") { Evidence = [new(fact, match.Source)], Missing = Questions.Condition(constraint.Field) },
        };
    }

    public static Check Medication(Constraint constraint, Patient patient)
    {
        var match = patient.Medications.FirstOrDefault(m => m.Name is { } name && Terms.Covers(constraint.Field, name));
        return match is null
            ? Check.Unknown($"nothing says whether the patient takes {constraint.Field}", Questions.Medication(constraint.Field))
            : Check.Met($"the patient takes or took {match.Name}", "medication " + match.Name, match.Source);
    }

    public static Check Procedure(Constraint constraint, Patient patient)
    {
        var match = patient.Procedures.FirstOrDefault(p => p.Name is { } name && Terms.Covers(constraint.Field, name));
        return match is null
            ? Check.Unknown($"nothing says whether the patient had {constraint.Field}", Questions.Procedure(constraint.Field))
            : Check.Met($"the patient had {match.Name}", "procedure " + match.Name, match.Source);
    }

    /// <summary>The patient's conditions (not denied) that a text names, as whole words of at least five letters.</summary>
    public static IReadOnlyList<string> Mentions(string text, Patient patient) =>
        [.. patient.Conditions.Where(c => !c.Negated)
            .SelectMany(c => new[] { c.Text, c.MeshName })
            .OfType<string>()
            .Where(t => Terms.Normalize(t).Length >= 5 && Terms.Covers(t, text))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    public static string Name(PatientCondition condition) => condition.Text ?? condition.MeshName ?? condition.MeshId ?? "a coded condition";

    private static bool Matches(Constraint constraint, PatientCondition condition)
    {
        if (condition.MeshId is { } id && constraint.Descriptors.Any(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return new[] { condition.Text, condition.MeshName }.OfType<string>().Any(t => Terms.Covers(constraint.Field, t))
            || constraint.Descriptors.Any(d => new[] { condition.Text, condition.MeshName }.OfType<string>().Any(t => Terms.Covers(d.Name, t)));
    }
}
