using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>The structured eligibility fields of the registry record (sex, minimum and maximum age, healthy volunteers) as criteria.</summary>
internal static class RegistryFieldChecks
{
    public static IEnumerable<CriterionScreening> Check(EligibilityModule? module, Patient patient)
    {
        if (module is null)
        {
            yield break;
        }

        if (module.Sex is Sex.Female or Sex.Male)
        {
            var wanted = module.Sex == Sex.Female ? PatientSex.Female : PatientSex.Male;
            var text = $"Sex: {wanted.ToString().ToLowerInvariant()} participants only";
            yield return patient.Sex is { Value: not PatientSex.Unknown } sex
                ? From(text, Screening.Check.Of(sex.Value == wanted, $"the patient's sex is {sex.Value.ToString().ToLowerInvariant()}", "sex " + sex.Value.ToString().ToLowerInvariant(), sex.Source))
                : From(text, Screening.Check.Unknown("the patient's sex is not known", Questions.Sex));
        }

        if (module.MinimumAge is { } minimum)
        {
            yield return Age($"Minimum age: {DemographicChecks.Text(minimum)}", patient, a => a.TotalDays >= minimum.TotalDays, "at least " + DemographicChecks.Text(minimum));
        }

        if (module.MaximumAge is { } maximum)
        {
            yield return Age($"Maximum age: {DemographicChecks.Text(maximum)}", patient, a => a.TotalDays <= maximum.TotalDays, "at most " + DemographicChecks.Text(maximum));
        }

        if (module.HealthyVolunteers == false && patient.HealthyVolunteer is { Value: true } volunteer)
        {
            yield return From("Healthy volunteers: not accepted", Screening.Check.NotMet("the trial does not take healthy volunteers", "healthy volunteer yes", volunteer.Source));
        }
    }

    private static CriterionScreening Age(string text, Patient patient, Func<NormalizedTime, bool> holds, string limit)
    {
        if (patient.Age is not { } age)
        {
            return From(text, Screening.Check.Unknown("the patient's age is not known", Questions.Age));
        }

        var ok = holds(age.Value);
        var fact = "age " + DemographicChecks.Text(age.Value);
        return From(text, Screening.Check.Of(ok, $"{fact} is {(ok ? "" : "not ")}{limit}", fact, age.Source));
    }

    private static CriterionScreening From(string text, Check check) =>
        new(CriterionOrigin.RegistryField, text, null, check.Verdict, check.Reason) { ConstraintKind = text.StartsWith("Sex", StringComparison.Ordinal) ? Constraints.ConstraintKind.Sex : text.StartsWith("Healthy", StringComparison.Ordinal) ? Constraints.ConstraintKind.HealthyVolunteers : Constraints.ConstraintKind.Age, Evidence = check.Evidence, Missing = check.Missing is { } m ? [m] : [] };
}
