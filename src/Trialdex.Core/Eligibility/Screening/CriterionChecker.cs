using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Checks one criterion: each constraint on its own, then together — constraints sharing an OrGroup are
/// alternatives, the rest must all hold, except that in an exclusion the conditions, medications and procedures
/// named are alternatives ("HIV+, hepatitis B, C"). Time windows and counts qualify the other constraints and are
/// not checked: a criterion they qualify is never Met on the strength of its other constraints alone.
/// Condition constraints that name no condition (a body part, "patients", "disease") are left out. A patient's
/// condition that is one the trial studies never counts against the patient: in an exclusion ("prior history of
/// breast cancer" in a breast cancer trial, "unstable angina" in an angina trial, "illness other than gout") or a
/// negated requirement ("no earlier treatment for the gout") the trial's own condition comes with a qualifier the
/// screener cannot judge — another episode, a stage, a treatment — so the criterion stays unknown.
/// </summary>
internal static class CriterionChecker
{
    /// <summary>
    /// The check when the criterion's text alone settles it — a heading over sub-criteria, a placeholder, an
    /// introduction to the criteria after it, consent or willingness — or null when it depends on the patient.
    /// </summary>
    public static Check? Settle(ParsedCriterion criterion, IReadOnlyList<Constraint> constraints, bool isHeading)
    {
        if (isHeading && IsHeading(criterion))
        {
            return new Check(CriterionVerdict.NotApplicable, "a heading over the criteria below it");
        }

        if (StatesNothing(criterion.Text))
        {
            return new Check(CriterionVerdict.NotApplicable, "the criterion states no requirement");
        }

        if (criterion.Kind != CriterionKind.Exclusion && Permits(criterion.Text))
        {
            // "Patient may have Kaposi's sarcoma", "Parkinson's disease may be associated with dementia".
            return new Check(CriterionVerdict.NotApplicable, "it says what is allowed, not what is required");
        }

        if (constraints.All(c => c.Kind == ConstraintKind.Unstructured) && NamesAGroup(criterion.Text))
        {
            // "Affected Participants" before "An affected participant who meets any of the following … will be excluded".
            return new Check(CriterionVerdict.NotApplicable, "it names a group of participants, not a requirement");
        }

        if (criterion.Text.TrimEnd().EndsWith(':'))
        {
            // "Age 60 to 75 years:", "For the second group:": a condition on the criteria after it, not one itself.
            return new Check(CriterionVerdict.NotApplicable, "it introduces the criteria after it");
        }

        return constraints.All(c => c.Kind == ConstraintKind.Unstructured) && AdministrativeText.IsAdministrative(criterion.Text)
            ? new Check(CriterionVerdict.NotApplicable, "consent or willingness to take part, asked at enrolment")
            : null;
    }

    /// <summary>Checks a criterion the text alone does not settle (<see cref="CriterionPlan.Settled"/> is null) against <paramref name="patient"/>.</summary>
    public static Check Evaluate(CriterionPlan plan, Patient patient, UnitVocabulary? units, TrialContext trial)
    {
        var (criterion, kind) = (plan.Criterion, plan.Kind);
        if (plan.AgeScope is { } scope && DemographicChecks.Age(scope, patient) is { Verdict: CriterionVerdict.NotMet } outside)
        {
            // "If older than 65, creatinine clearance ≥ 60 mL/min" asks nothing of a patient of 40.
            return new Check(CriterionVerdict.NotApplicable, $"the criterion is for patients of other ages ({outside.Reason})") { Evidence = outside.Evidence, Span = scope.SourceSpan, Kind = ConstraintKind.Age };
        }

        if (plan.AllUnstructured)
        {
            return NamedCondition(plan, kind == CriterionKind.Exclusion, patient, trial) ?? Check.Unknown("the criterion is not computable; someone must read it");
        }

        var concepts = kind == CriterionKind.Exclusion;
        var groups = new List<Check>(plan.Groups.Count);
        List<Check>? alternatives = null;
        foreach (var (orGroup, members) in plan.Groups)
        {
            var checks = new List<Check>(members.Length);
            foreach (var c in members)
            {
                checks.Add(One(c, concepts, patient, units, trial, plan.Timed ? criterion : null) with { Span = c.SourceSpan, Kind = c.Kind });
            }

            if (orGroup != 0)
            {
                groups.Add(VerdictLogic.Any(checks));
                continue;
            }

            for (var i = 0; i < members.Length; i++)
            {
                if (concepts && members[i].Kind is ConstraintKind.Condition or ConstraintKind.Medication or ConstraintKind.Procedure)
                {
                    (alternatives ??= []).Add(checks[i]);
                }
                else
                {
                    groups.Add(checks[i]);
                }
            }
        }

        if (alternatives is not null)
        {
            groups.Add(VerdictLogic.Any(alternatives));
        }

        if (groups.Count == 0)
        {
            return TimeWindowChecks.NamedEvent(criterion, patient, trial)
                ?? Check.Unknown("the criterion only states a time window or count, which the screener does not check");
        }

        // "Healthy volunteers must not have a history of atopic dermatitis": the rule is for the trial's volunteers.
        if (plan.ForVolunteersOnly && DemographicChecks.HealthyVolunteer(patient) is { Verdict: CriterionVerdict.NotMet } patientNotVolunteer)
        {
            return new Check(CriterionVerdict.NotApplicable, "the criterion is for the trial's healthy volunteers") { Evidence = patientNotVolunteer.Evidence, Kind = ConstraintKind.HealthyVolunteers };
        }

        // "Women able to have children need a negative pregnancy test", "Men need hemoglobin of 13 g/dL": a sex named
        // beside other requirements says whom the rule is for; the patient of the other sex is not asked it.
        if (plan.SexRule is { } sex && DemographicChecks.Sex(sex, patient) is { Verdict: CriterionVerdict.NotMet } other)
        {
            return new Check(CriterionVerdict.NotApplicable, "the criterion is for patients of the other sex") { Evidence = other.Evidence, Span = sex.SourceSpan, Kind = ConstraintKind.Sex };
        }

        // A denial met ("No myocardial infarction within 6 months" of a patient who never had one) holds whatever the
        // window; the window of a denial the patient fails was weighed in One.
        var result = VerdictLogic.All(groups);
        return plan.Timed && result.Verdict == CriterionVerdict.Met && !plan.AllDenials ? TimeWindowChecks.Apply(result, criterion, patient) : result;
    }

    /// <summary>
    /// "Not specified", "No eligibility criteria", "None", "See Disease Characteristics": the placeholders of older
    /// records (under "Biologic therapy:" and the like) ask nothing of the patient.
    /// </summary>
    private static bool StatesNothing(string text) =>
        Terms.Normalize(text) is "not specified" or "no eligibility criteria" or "none" or "n a" or "not applicable" or "see disease characteristics"
            or "see general eligibility criteria" or "unspecified";

    /// <summary>Words before a "may" that make it part of a clause about something else ("that may affect", "if … may").</summary>
    private static readonly HashSet<string> NotPermitting = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "if", "unless", "when", "must", "should", "will", "or", "no", "not", "without",
    };

    /// <summary>
    /// True when the criterion's own verb is "may" — what a patient may have or do, not what is required: "Patient may
    /// have Kaposi's sarcoma", "Prior radiotherapy may be allowed". Not "may not", and not a "may" inside a clause
    /// ("a condition that may interfere with…", "if … may").
    /// </summary>
    private static bool Permits(string text)
    {
        var words = Terms.Normalize(text).Split(' ');
        for (var i = 1; i < Math.Min(words.Length, MaxWordsBeforeMay + 1); i++)
        {
            if (NotPermitting.Contains(words[i - 1]))
            {
                return false;
            }

            if (words[i] == "may")
            {
                return i + 1 < words.Length && words[i + 1] != "not";
            }
        }

        return false;
    }

    private const int MaxWordsBeforeMay = 8;

    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
    {
        "affected", "participant", "participants", "subject", "subjects", "patient", "patients", "individuals", "controls",
        "control", "cases", "group", "groups", "cohort", "all", "for", "the", "study", "arm",
    };

    /// <summary>A label of one to three words, all naming participants or a group ("Affected Participants", "Patients", "Control group").</summary>
    private static bool NamesAGroup(string text) =>
        Terms.Normalize(text).Split(' ') is { Length: >= 1 and <= 3 } words && words.All(GroupWords.Contains)
        && words.Any(w => w is not ("all" or "for" or "the" or "study"));

    /// <summary>A criterion over sub-criteria that only names their topic ("Hormonal Medications", "Demographics").</summary>
    private static bool IsHeading(ParsedCriterion criterion) =>
        criterion.Constraints.All(c => c.Kind is ConstraintKind.Unstructured or ConstraintKind.Condition or ConstraintKind.Medication or ConstraintKind.Procedure)
        && Terms.Normalize(criterion.Text).Split(' ').Length <= 4;

    /// <summary>
    /// A criterion the extractor left whole that is nothing but a condition's name, as "Primary amenorrhea" or
    /// "History of thyroid dysfunction", checked as that condition when the patient's record names it or something
    /// narrower (as any condition constraint is).
    /// </summary>
    private static Check? NamedCondition(CriterionPlan plan, bool exclusion, Patient patient, TrialContext trial)
    {
        var (criterion, name) = (plan.Criterion, plan.ConditionName);
        if (criterion.Constraints.Count == 0 || name.Length < 4)
        {
            return null;
        }

        var flags = criterion.Constraints[0].Flags;
        var named = new Constraint { Kind = ConstraintKind.Condition, Field = name, Flags = flags & ~ConstraintFlags.Negated, Span = criterion.Constraints[0].Span };
        if (ConceptChecks.Find(named, patient, trial) is null)
        {
            return Check.Unknown("the criterion names a condition the patient's record does not mention", Questions.Condition(name));
        }

        var check = ConceptChecks.Condition(named, patient, trial);
        return UnlessTrialCondition(flags.HasFlag(ConstraintFlags.Negated) ? check.Negate() : check, named, exclusion, patient, trial);
    }

    /// <summary>
    /// Checks one constraint. <paramref name="timed"/> is the criterion when a time window qualifies it: a denial
    /// ("No chemotherapy within 4 weeks") then fails only when what it denies falls inside the window — the patient's
    /// chemotherapy of unknown date leaves it unknown, not failed.
    /// </summary>
    private static Check One(Constraint constraint, bool exclusion, Patient patient, UnitVocabulary? units, TrialContext trial, ParsedCriterion? timed)
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
            ConstraintKind.Condition => ConceptChecks.Condition(constraint, patient, trial),
            ConstraintKind.Medication => ConceptChecks.Medication(constraint, patient),
            ConstraintKind.Procedure => ConceptChecks.Procedure(constraint, patient),
            _ => Check.Unknown($"{constraint.Kind} constraints are not checked"),
        };
        var denied = IsDenial(constraint);
        if (denied && timed is not null && check.Verdict == CriterionVerdict.Met)
        {
            check = TimeWindowChecks.Apply(check, timed, patient);
        }

        var result = denied ? check.Negate() : check;
        return constraint.Kind == ConstraintKind.Condition ? UnlessTrialCondition(result, constraint, exclusion, patient, trial) : result;
    }

    /// <summary>True when the constraint denies what it names ("no", "without"); ages, sex, values and scores carry their own sense.</summary>
    public static bool IsDenial(Constraint constraint) =>
        constraint.Flags.HasFlag(ConstraintFlags.Negated) && constraint.Kind is not (ConstraintKind.Age or ConstraintKind.Sex or ConstraintKind.Measurement or ConstraintKind.Score);

    /// <summary>The check of a condition constraint, made unknown when it would count against the patient only for having a condition the trial studies.</summary>
    private static Check UnlessTrialCondition(Check result, Constraint constraint, bool exclusion, Patient patient, TrialContext trial)
    {
        var against = exclusion ? result.Verdict == CriterionVerdict.Met : result.Verdict == CriterionVerdict.NotMet;
        return against && ConceptChecks.Find(constraint, patient, trial) is { Negated: false } own && trial.IsTrialCondition(own)
            ? result with
            {
                Verdict = CriterionVerdict.Unknown,
                Reason = $"the criterion qualifies {ConceptChecks.Name(own)}, a condition the trial studies, in a way the screener cannot check",
                Missing = null,
            }
            : result;
    }
}
