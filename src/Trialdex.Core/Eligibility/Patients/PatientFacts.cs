using System.Globalization;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Every fact a reader found in a patient's input, one plain phrase each, with where the input states it: what
/// <c>trialdex match</c>, <c>POST /api/prescreen</c> and the "Could I qualify?" page show as read, so that a misreading
/// (a condition taken as denied, a value without its unit) is seen before the verdicts are trusted. Facts come in the
/// order of <see cref="Patient"/>'s properties, each list in its input order.
/// </summary>
public static class PatientFacts
{
    /// <summary>The facts of <paramref name="patient"/>; empty when nothing was read.</summary>
    public static IReadOnlyList<PatientFact> Describe(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var facts = new List<PatientFact>();
        if (patient.Age is { } age)
        {
            facts.Add(new("age", Invariant($"age {age.Value}"), age.Source));
        }

        if (patient.Sex is { } sex)
        {
            facts.Add(new("sex", "sex " + Lower(sex.Value), sex.Source));
        }

        facts.AddRange(patient.Conditions.Select(c => new PatientFact("condition", Condition(c), c.Source)));
        facts.AddRange(patient.Observations.Select(o => new PatientFact("observation", Observation(o), o.Source)));
        facts.AddRange(patient.Medications.Select(m => new PatientFact("medication", Medication(m), m.Source)));
        facts.AddRange(patient.Procedures.Select(p => new PatientFact("procedure", Dated("procedure " + Name(p.Name, p.Codes), p.Date), p.Source)));
        if (patient.Pregnancy is { } pregnancy)
        {
            Add(facts, "pregnancy", pregnancy.Pregnant, v => "pregnant: " + Lower(v));
            Add(facts, "pregnancy", pregnancy.Lactating, v => "breastfeeding: " + Lower(v));
            Add(facts, "pregnancy", pregnancy.Postpartum, v => v ? "postpartum" : "not postpartum");
            Add(facts, "pregnancy", pregnancy.Gravida, v => Invariant($"gravida {v}"));
            Add(facts, "pregnancy", pregnancy.Para, v => Invariant($"para {v}"));
        }

        if (patient.PerformanceStatus is { } performance)
        {
            Add(facts, "performanceStatus", performance.Ecog, v => Invariant($"ECOG {v}"));
            Add(facts, "performanceStatus", performance.Karnofsky, v => Invariant($"Karnofsky {v}"));
        }

        Add(facts, "healthyVolunteer", patient.HealthyVolunteer, v => v ? "a healthy volunteer" : "not a healthy volunteer");
        if (patient.Location is { } location)
        {
            var coordinates = location is { Latitude: { } lat, Longitude: { } lon } ? Invariant($"{lat:0.####}, {lon:0.####}") : null;
            facts.Add(new("location", "location " + (location.Place is { } place ? place + (coordinates is null ? "" : $" ({coordinates})") : coordinates ?? "given"), location.Source));
        }

        return facts;
    }

    /// <summary>"has asthma", "does not have diabetes mellitus", "history of stroke (MeSH: Stroke), since 2019-05".</summary>
    private static string Condition(PatientCondition condition)
    {
        var name = (condition.Degree is { } degree ? degree + " " : "") + Name(condition.Text ?? condition.MeshName, condition.Codes);
        if (condition.MeshName is { } mesh && !mesh.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            name += $" (MeSH: {mesh})";
        }

        var phrase = condition.Negated ? "does not have " + name
            : condition.Status switch
            {
                ConditionStatus.History => "history of " + name,
                ConditionStatus.Resolved => "had " + name + ", resolved",
                _ => "has " + name,
            };
        return condition.Onset is { } onset ? $"{phrase}, since {onset}"
            : condition.Elapsed is { } elapsed ? phrase + ", " + Ago(elapsed)
            : phrase;
    }

    /// <summary>"platelet count 40 x10^9/L on 2024-05-30", "smoking status: current smoker".</summary>
    private static string Observation(PatientObservation observation)
    {
        var name = observation.Name ?? (observation.Loinc is { } loinc ? "LOINC " + loinc : "observation");
        var value = observation.Value is { } number
            ? string.Join(' ', new[] { number.ToString(CultureInfo.InvariantCulture), observation.Unit ?? observation.Ucum }.OfType<string>())
            : observation.ValueText;
        return Dated(value is null ? name : $"{name} {value}", observation.Date);
    }

    /// <summary>"takes metformin", "took cisplatin before", "medication aspirin" (when whether it is current is not said).</summary>
    private static string Medication(PatientMedication medication)
    {
        var name = medication.Name ?? (medication.RxNorm is { } rx ? "RxNorm " + rx : medication.Atc is { } atc ? "ATC " + atc : "a medication");
        var phrase = medication.Status switch
        {
            MedicationStatus.Active => "takes " + name,
            MedicationStatus.Past => "took " + name + " before",
            _ => "medication " + name,
        };
        return medication.Start is { } start ? $"{phrase}, since {start}" : phrase;
    }

    private static string Name(string? text, IReadOnlyList<ClinicalCode> codes) =>
        text ?? codes.Select(c => c.Display ?? c.Code).FirstOrDefault() ?? "(unnamed)";

    private static string Dated(string phrase, Studies.PartialDate? date) => date is { } d ? $"{phrase} on {d}" : phrase;

    /// <summary>"about 2 years ago", "10 to 15 years ago": how long before the record the condition began.</summary>
    private static string Ago(ElapsedDays elapsed)
    {
        static string Span(double days) => days >= 365 ? Invariant($"{days / 365.25:0.#} years") : days >= 30 ? Invariant($"{days / 30.44:0.#} months") : Invariant($"{days:0} days");
        return elapsed.Least == elapsed.Most ? $"began about {Span(elapsed.Least)} ago" : $"began {Span(elapsed.Least)} to {Span(elapsed.Most)} ago";
    }

    private static void Add<T>(List<PatientFact> facts, string kind, Fact<T>? fact, Func<T, string> text)
    {
        if (fact is not null)
        {
            facts.Add(new(kind, text(fact.Value), fact.Source));
        }
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One fact read from a patient's input.</summary>
/// <param name="Kind">age, sex, condition, observation, medication, procedure, pregnancy, performanceStatus, healthyVolunteer or location.</param>
/// <param name="Text">The fact in plain words ("has asthma", "does not have diabetes mellitus", "platelet count 40 x10^9/L").</param>
/// <param name="Source">Where the input states it (a note's span, a FHIR resource, a JSON path).</param>
public sealed record PatientFact(string Kind, string Text, FactSource Source);
