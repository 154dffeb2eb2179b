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
    public static Check Condition(Constraint constraint, Patient patient, TrialContext trial)
    {
        if (constraint.Flags.HasFlag(ConstraintFlags.Family))
        {
            return Check.Unknown("the patient's family history is not known", Questions.FamilyHistory(constraint.Field));
        }

        var match = Find(constraint, patient, trial);
        if (match is null)
        {
            return Check.Unknown($"nothing says whether the patient has {Questions.Display(constraint.Field)}", Questions.Condition(constraint.Field));
        }

        var fact = "condition " + Name(match) + (match.Negated ? " (denied)" : match.Status == ConditionStatus.Active ? "" : $" ({match.Status.ToString().ToLowerInvariant()})");
        if (match.Negated && patient.Conditions.FirstOrDefault(c => !c.Negated && Broader(c, constraint)) is { } affirmed)
        {
            // "Hepatitis C" stated, "no hepatitis" read elsewhere: the record does not settle "chronic hepatitis C".
            return Check.Unknown($"the record names {Name(affirmed)} but also denies {Name(match)}", Questions.Condition(constraint.Field));
        }

        if (match.Negated)
        {
            return Check.NotMet($"the patient does not have {Name(match)}", fact, match.Source);
        }

        if (constraint.Flags.HasFlag(ConstraintFlags.Qualified) && match.Degree is null)
        {
            // "No uncontrolled hypertension": the record names the hypertension, not how well it is controlled.
            return new Check(CriterionVerdict.Unknown, $"the record names {Name(match)}, not how severe or how well controlled it is") { Evidence = [new(fact, match.Source)], Missing = Questions.Condition(constraint.Field) };
        }

        var wantsNow = WantsNow(constraint);
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
        if (constraint.Operator is not null)
        {
            // "Prednisone dose greater than 0.25 mg/kg", "more than 8 mg/day estrogen": a record names medicines, not doses.
            return match is null && Treatment(constraint, patient) is null
                ? Check.Unknown($"nothing says whether the patient takes {Questions.Display(constraint.Field)}", Questions.Medication(constraint.Field))
                : Check.Unknown($"the patient takes or took {match?.Name ?? constraint.Field}, but at what dose is not known", Questions.Medication(constraint.Field));
        }

        if (match is not null)
        {
            // "Concurrent steroids": a medicine named without saying it was stopped is taken as still taken.
            var fact = "medication " + match.Name;
            return WantsNow(constraint) && match.Status == MedicationStatus.Past
                ? Check.NotMet($"the patient no longer takes {match.Name}", fact, match.Source)
                : Check.Met($"the patient takes or took {match.Name}", fact, match.Source);
        }

        return Treatment(constraint, patient) ?? Check.Unknown($"nothing says whether the patient takes {Questions.Display(constraint.Field)}", Questions.Medication(constraint.Field));
    }

    public static Check Procedure(Constraint constraint, Patient patient)
    {
        var match = patient.Procedures.FirstOrDefault(p => p.Name is { } name && Terms.Covers(constraint.Field, name));
        if (match is not null)
        {
            // "No concurrent radiotherapy": a procedure the patient had may be over.
            return WantsNow(constraint)
                ? new Check(CriterionVerdict.Unknown, $"whether the patient's {match.Name} is still going on is not known") { Evidence = [new("procedure " + match.Name, match.Source)], Missing = Questions.Procedure(constraint.Field) }
                : Check.Met($"the patient had {match.Name}", "procedure " + match.Name, match.Source);
        }

        return Treatment(constraint, patient) ?? Check.Unknown($"nothing says whether the patient had {Questions.Display(constraint.Field)}", Questions.Procedure(constraint.Field));
    }

    /// <summary>
    /// A medicine or procedure of the same treatment class as the constraint names ("prior systemic chemotherapy"
    /// and a note's "R-CHOP"; "radiation therapy", read by the parser as a medicine, and a note's "s/p radiation"),
    /// looked for among both the patient's medicines and procedures; null when the class is not one the note
    /// reader knows or the patient has none of it. Only "current" treatments cannot be told from past ones here.
    /// </summary>
    private static Check? Treatment(Constraint constraint, Patient patient)
    {
        if (PatientTerms.ClassOf(constraint.Field) is not { } wanted)
        {
            return null;
        }

        var terms = PatientTerms.Of(patient);
        var fact = patient.Medications.Where((m, i) => m.Name is not null && terms.MedicationClasses[i] == wanted).Select(m => (m.Name!, m.Source, Current: m.Status == MedicationStatus.Active))
            .Concat(patient.Procedures.Where((p, i) => p.Name is not null && terms.ProcedureClasses[i] == wanted).Select(p => (p.Name!, p.Source, Current: false)))
            .Cast<(string Name, FactSource Source, bool Current)?>()
            .FirstOrDefault();
        if (fact is not { } found)
        {
            return null;
        }

        if (Severity.Narrows(constraint.Field))
        {
            // "No prior myelosuppressive chemotherapy", "No prior allogeneic transplant": the record names the class only.
            return new Check(CriterionVerdict.Unknown, $"the patient has had {found.Name}, but whether it was {constraint.Field} is not known") { Evidence = [new("treatment " + found.Name, found.Source)] };
        }

        return WantsNow(constraint) && !found.Current
            ? new Check(CriterionVerdict.Unknown, $"whether the patient's {found.Name} is current is not known") { Evidence = [new("treatment " + found.Name, found.Source)] }
            : Check.Met($"the patient has had {found.Name}", "treatment " + found.Name, found.Source);
    }

    /// <summary>True when the criterion asks about now ("active", "current", "concurrent") and not also about the past.</summary>
    private static bool WantsNow(Constraint constraint) =>
        constraint.Flags.HasFlag(ConstraintFlags.Active) && !constraint.Flags.HasFlag(ConstraintFlags.History);

    /// <summary>
    /// The patient's conditions (not denied) that a criterion's text names, as whole words of at least five letters;
    /// the text as <see cref="Terms.Normalize"/> gives it.
    /// </summary>
    public static IReadOnlyList<string> Mentions(string normalizedText, Patient patient)
    {
        List<string>? found = null;
        foreach (var (text, normalized) in PatientTerms.Of(patient).Conditions)
        {
            if (Terms.CoversNormalized(normalized, normalizedText) && (found is null || !found.Contains(text, StringComparer.OrdinalIgnoreCase)))
            {
                (found ??= []).Add(text);
            }
        }

        return found is null ? [] : found;
    }

    public static string Name(PatientCondition condition) => condition.Text ?? condition.MeshName ?? condition.MeshId ?? "a coded condition";

    /// <summary>
    /// The patient's condition a condition constraint names, or null. A condition stated as present wins over the
    /// same condition denied elsewhere in the record ("diabetes mellitus … does not take his diabetes
    /// tablets"): a negation read too widely is a commoner reading error than a diagnosis written in error.
    /// </summary>
    /// <remarks>
    /// The answer depends only on the constraint's words and descriptors, the patient and the vocabulary, and the same
    /// words recur in thousands of criteria ("pregnancy", "hepatitis B", "diabetes"), so it is remembered per patient:
    /// screening every open trial then matches each distinct name once.
    /// </remarks>
    public static PatientCondition? Find(Constraint constraint, Patient patient, TrialContext trial)
    {
        var terms = PatientTerms.Of(patient);
        var key = constraint.Descriptors.Count == 0 ? constraint.Field : constraint.Field + "\u001f" + string.Join('\u001f', constraint.Descriptors.Select(d => d.Id));
        return terms.Found.GetOrAdd((trial.Vocabulary, key), static (_, state) => FindAmong(state.constraint, state.patient, state.terms, state.trial), (constraint, patient, terms, trial));
    }

    private static PatientCondition? FindAmong(Constraint constraint, Patient patient, PatientTerms terms, TrialContext trial)
    {
        PatientCondition? denied = null;
        var field = Terms.NormalizeOnce(constraint.Field);
        for (var i = 0; i < patient.Conditions.Count; i++)
        {
            var condition = patient.Conditions[i];
            if (Matches(constraint, field, condition, terms.NamesOf(i), trial))
            {
                if (!condition.Negated)
                {
                    return condition;
                }

                denied ??= condition;
            }
        }

        return denied;
    }

    /// <summary>True when the patient's condition is broader than the criterion's ("hepatitis C" for "chronic hepatitis C").</summary>
    private static bool Broader(PatientCondition condition, Constraint constraint) =>
        new[] { condition.Text, condition.MeshName }.OfType<string>().Any(t => Terms.Covers(t, constraint.Field) || constraint.Descriptors.Any(d => Terms.Covers(t, d.Name)));

    /// <summary>
    /// Whether a criterion's condition names the patient's. A condition the patient has meets a criterion naming it
    /// or anything broader ("malignancy" covers a lung cancer: same descriptor or one above it, or words contained
    /// in the patient's term). A denial works the other way: denying a condition denies what is narrower, not what is
    /// broader — "denies diabetes" answers "type 2 diabetes", but "no autoimmune hepatitis" says nothing of
    /// "chronic hepatitis".
    /// </summary>
    /// <remarks>
    /// Runs for every condition constraint against every patient condition (with a vocabulary, across every open
    /// trial), so it compares normalised names worked out once: the patient's (<see cref="PatientTerms"/>), the
    /// field's and the descriptors' (<see cref="Terms.NormalizeOnce"/>), without allocating.
    /// </remarks>
    private static bool Matches(Constraint constraint, string field, PatientCondition condition, string[] names, TrialContext trial)
    {
        var descriptors = constraint.Descriptors;
        if (condition.Negated)
        {
            if (condition.MeshId is { } id)
            {
                foreach (var d in descriptors)
                {
                    if (string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            foreach (var name in names)
            {
                if (Terms.CoversNormalized(name, field) || CoversAnyDescriptor(descriptors, name, patientIsGeneral: true))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var d in descriptors)
        {
            if (trial.IsSameOrBelow(condition, d))
            {
                return true;
            }
        }

        foreach (var name in names)
        {
            if (Terms.CoversNormalized(field, name) || CoversAnyDescriptor(descriptors, name, patientIsGeneral: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CoversAnyDescriptor(IReadOnlyList<Vocabulary.MeshDescriptor> descriptors, string name, bool patientIsGeneral)
    {
        foreach (var d in descriptors)
        {
            var descriptor = Terms.NormalizeOnce(d.Name);
            if (patientIsGeneral ? Terms.CoversNormalized(name, descriptor) : Terms.CoversNormalized(descriptor, name))
            {
                return true;
            }
        }

        return false;
    }
}
