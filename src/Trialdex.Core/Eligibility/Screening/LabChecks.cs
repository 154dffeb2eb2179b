using System.Globalization;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Checks laboratory and vital-sign thresholds: the patient's latest observation of the field, converted into the
/// criterion's unit (through UCUM when a vocabulary is given, else same unit, cell counts or percentages).
/// Multiples of the upper limit of normal stay unknown: they need the laboratory's reference range.
/// </summary>
internal static class LabChecks
{
    public static Check Measurement(Constraint constraint, Patient patient, UnitVocabulary? units)
    {
        var lab = LabFields.Find(constraint.Field);
        if (lab is null || constraint.Operator is not { } op)
        {
            return Check.Unknown($"{constraint.Field} is not a value the screener can compare");
        }

        if (constraint.Normalized?.Kind == UnitKind.UpperLimitOfNormal)
        {
            return Check.Unknown($"{lab.Display} is limited as a multiple of the upper limit of normal, which needs the laboratory's reference range", Questions.UpperLimit(lab.Field, lab.Display));
        }

        var observation = Latest(patient.Observations.Where(o => o.Value is not null && lab.Answers(o)));
        if (observation is null)
        {
            return Check.Unknown($"the patient's {lab.Display} is not known", Questions.Observation(lab.Field, lab.Display));
        }

        var limits = constraint.Values.Select(v => (double)v).ToList();
        var writtenUnit = observation.Unit ?? observation.Ucum;
        var fact = $"{lab.Display} {Number((double)observation.Value!.Value)}" + (writtenUnit is null ? "" : " " + writtenUnit);
        if (Convert((double)observation.Value!.Value, observation, constraint, units) is not { } value)
        {
            return new Check(CriterionVerdict.Unknown, $"{fact} is in a unit that does not compare with {constraint.Unit}")
            {
                Evidence = [new(fact, observation.Source)],
                Missing = Questions.Observation(lab.Field, lab.Display),
            };
        }

        var holds = VerdictLogic.Compare(value, op, limits);
        return holds is null
            ? Check.Unknown("the threshold could not be read")
            : Check.Of(holds.Value, $"{fact} is {(holds.Value ? "" : "not ")}{VerdictLogic.Describe(op, limits, constraint.Unit ?? "")}", fact, observation.Source);
    }

    /// <summary>The patient's value in the criterion's unit, or null when the units do not compare.</summary>
    private static double? Convert(double value, PatientObservation observation, Constraint constraint, UnitVocabulary? units)
    {
        var from = observation.Ucum ?? observation.Unit;
        var to = constraint.Unit;
        if (to is null)
        {
            return from is null || constraint.Field is "BMI" or "AFC" ? value : null;
        }

        if (from is null)
        {
            return null;
        }

        if (Same(from, to))
        {
            return value;
        }

        if (units is not null && UnitNormalizer.TryConvert(value, from, to, constraint.Field, units, out var converted))
        {
            return converted;
        }

        return CellCountUnits.InBillionsPerLitre(from) is { } a && CellCountUnits.InBillionsPerLitre(to) is { } b ? value * a / b : null;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Terms.Normalize(a), Terms.Normalize(b), StringComparison.Ordinal) && Terms.Normalize(a).Length > 0
        || (a.Trim() == "%" && b.Trim() == "%");

    private static PatientObservation? Latest(IEnumerable<PatientObservation> observations) =>
        observations.OrderByDescending(o => o.Date?.ToString() ?? "", StringComparer.Ordinal).FirstOrDefault();

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
