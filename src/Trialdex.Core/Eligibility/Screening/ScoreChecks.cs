using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>Checks ECOG and Karnofsky performance status, and BMI from an observation; other scores stay unknown.</summary>
internal static class ScoreChecks
{
    public static Check Score(Constraint constraint, Patient patient)
    {
        if (constraint.Field == "BMI")
        {
            return LabChecks.Measurement(constraint, patient, null);
        }

        var (fact, question) = constraint.Field switch
        {
            "ECOG" => (patient.PerformanceStatus?.Ecog, Questions.Ecog),
            "Karnofsky" => (patient.PerformanceStatus?.Karnofsky, Questions.Karnofsky),
            _ => (null, Questions.Score(constraint.Field)),
        };
        if (fact is null)
        {
            return Check.Unknown($"the patient's {constraint.Field} is not known", question);
        }

        var limits = constraint.Values.Select(v => (double)v).ToList();
        if (constraint.Operator is not { } op || VerdictLogic.Compare(fact.Value, op, limits) is not { } holds)
        {
            return Check.Unknown($"the {constraint.Field} limits could not be read");
        }

        var text = $"{constraint.Field} {fact.Value}";
        return Check.Of(holds, $"{text} is {(holds ? "" : "not ")}{VerdictLogic.Describe(op, limits, "")}", text, fact.Source);
    }
}
