using System.Globalization;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>Checks of age, sex, pregnancy, lactation and healthy-volunteer constraints.</summary>
internal static class DemographicChecks
{
    private const double DaysPerYear = 365.25;

    public static Check Age(Constraint constraint, Patient patient)
    {
        if (patient.Age is not { } age)
        {
            return Check.Unknown("the patient's age is not known", Questions.Age);
        }

        // Times carry the unit the criterion wrote; bare numbers ("aged 20-60") are years.
        var limits = constraint.Times.Count == constraint.Values.Count && constraint.Times.Count > 0
            ? constraint.Times.Select(t => t.TotalDays / DaysPerYear).ToList()
            : constraint.Values.Select(v => (double)v).ToList();
        if (constraint.Operator is not { } op || VerdictLogic.Compare(age.Years, op, limits) is not { } holds)
        {
            return Check.Unknown("the age limits could not be read", null);
        }

        var fact = "age " + Text(age.Value);
        return Check.Of(holds, $"{fact} is {(holds ? "" : "not ")}{VerdictLogic.Describe(op, limits, "years")}", fact, age.Source);
    }

    public static Check Sex(Constraint constraint, Patient patient)
    {
        var allowed = constraint.ValueTexts.Append(constraint.Field).Select(SexOf).Where(s => s is not null).Select(s => s!.Value).ToHashSet();
        if (allowed.Count == 0)
        {
            return Check.Unknown("the sex required could not be read");
        }

        if (patient.Sex is not { Value: not PatientSex.Unknown } sex)
        {
            return Check.Unknown("the patient's sex is not known", Questions.Sex);
        }

        var holds = allowed.Contains(sex.Value);
        var fact = "sex " + sex.Value.ToString().ToLowerInvariant();
        return Check.Of(holds, $"{fact}; the criterion asks for {string.Join(" or ", allowed.Select(a => a.ToString().ToLowerInvariant()))}", fact, sex.Source);
    }

    public static Check Pregnancy(Patient patient) =>
        YesNo(patient.Pregnancy?.Pregnant, patient, "pregnant", Questions.Pregnancy);

    public static Check Lactation(Patient patient) =>
        YesNo(patient.Pregnancy?.Lactating, patient, "breastfeeding", Questions.Lactation);

    public static Check HealthyVolunteer(Patient patient)
    {
        if (patient.HealthyVolunteer is { } volunteer)
        {
            return Check.Of(volunteer.Value, $"the patient is {(volunteer.Value ? "" : "not ")}a healthy volunteer", "healthy volunteer " + (volunteer.Value ? "yes" : "no"), volunteer.Source);
        }

        return patient.Conditions.FirstOrDefault(c => !c.Negated && c.Status == ConditionStatus.Active) is { } condition
            ? Check.NotMet("the patient has an active condition", "condition " + ConceptChecks.Name(condition), condition.Source)
            : Check.Unknown("whether the patient is a healthy volunteer is not known", Questions.HealthyVolunteer);
    }

    /// <summary>"female" → Female; "women", "girls" too; null for anything else.</summary>
    public static PatientSex? SexOf(string text) => Terms.Normalize(text) switch
    {
        "female" or "females" or "women" or "woman" or "girl" or "girls" or "f" => PatientSex.Female,
        "male" or "males" or "men" or "man" or "boy" or "boys" or "m" => PatientSex.Male,
        _ => null,
    };

    public static string Text(NormalizedTime time) =>
        time.Value.ToString(CultureInfo.InvariantCulture) + " " + time.Unit + (time.Value == 1 ? "" : "s");

    private static Check YesNo(Fact<YesNoUnknown>? fact, Patient patient, string what, MissingFact question)
    {
        if (fact is { Value: YesNoUnknown.Yes or YesNoUnknown.No } known)
        {
            var yes = known.Value == YesNoUnknown.Yes;
            return Check.Of(yes, $"the patient is {(yes ? "" : "not ")}{what}", what + (yes ? " yes" : " no"), known.Source);
        }

        if (patient.Sex is { Value: PatientSex.Male } male)
        {
            return Check.NotMet($"a male patient is not {what}", "sex male", male.Source);
        }

        return Check.Unknown($"whether the patient is {what} is not known", question);
    }
}
