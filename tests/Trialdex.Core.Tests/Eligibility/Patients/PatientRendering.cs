using System.Globalization;
using System.Text;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>
/// A patient as compact text, one fact per line with its evidence, for the golden files: a note span is quoted
/// «as written», a FHIR resource or JSON path follows an @. Problems come last.
/// </summary>
internal static class PatientRendering
{
    public static string Render(PatientReadResult result, string? note = null)
    {
        var lines = new List<string>();
        if (result.Patient is { } patient)
        {
            Facts(patient, note, lines);
        }
        else
        {
            lines.Add("no patient");
        }

        lines.AddRange(result.Problems.Select(p => $"problem {p}"));
        return string.Join('\n', lines) + "\n";
    }

    private static void Facts(Patient patient, string? note, List<string> lines)
    {
        void Add(string fact, FactSource source) => lines.Add($"{fact} {Evidence(source, note)}");

        if (patient.Age is { } age)
        {
            var birth = age.BirthDate is { } b ? $" (born {b:yyyy-MM-dd}, as of {age.AsOf:yyyy-MM-dd})" : "";
            Add($"age {age.Value}{birth}", age.Source);
        }

        if (patient.Sex is { } sex)
        {
            Add($"sex {sex.Value}", sex.Source);
        }

        foreach (var c in patient.Conditions)
        {
            Add($"condition {c.Status.ToString().ToLowerInvariant()}{(c.Negated ? " negated" : "")} {Quote(c.Text)}{Mesh(c.MeshId, c.MeshName)}{Codes(c.Codes)}{Date("onset", c.Onset)}{(c.Degree is { } degree ? $" degree \"{degree}\"" : "")}", c.Source);
        }

        foreach (var o in patient.Observations)
        {
            var value = o.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Quote(o.ValueText);
            var unit = (o.Unit is null ? "" : $" {Quote(o.Unit)}") + (o.Ucum is null ? "" : $" [{o.Ucum}]");
            Add($"observation {Quote(o.Name)}{(o.Loinc is null ? "" : $" loinc {o.Loinc}")} = {value}{unit}{Date("on", o.Date)}", o.Source);
        }

        foreach (var m in patient.Medications)
        {
            Add($"medication {m.Status.ToString().ToLowerInvariant()} {Quote(m.Name)}{(m.RxNorm is null ? "" : $" rxnorm {m.RxNorm}")}{(m.Atc is null ? "" : $" atc {m.Atc}")}{Date("since", m.Start)}", m.Source);
        }

        foreach (var p in patient.Procedures)
        {
            Add($"procedure {Quote(p.Name)}{Codes(p.Codes)}{Date("on", p.Date)}", p.Source);
        }

        if (patient.Pregnancy is { } pregnancy)
        {
            Fact("pregnant", pregnancy.Pregnant);
            Fact("lactating", pregnancy.Lactating);
            Fact("postpartum", pregnancy.Postpartum);
            Fact("gravida", pregnancy.Gravida);
            Fact("para", pregnancy.Para);
        }

        Fact("ecog", patient.PerformanceStatus?.Ecog);
        Fact("karnofsky", patient.PerformanceStatus?.Karnofsky);
        if (patient.Location is { } location)
        {
            var coordinates = location.Latitude is { } lat ? string.Create(CultureInfo.InvariantCulture, $" at {lat}, {location.Longitude}") : "";
            Add($"location {Quote(location.Place)}{coordinates}", location.Source);
        }

        Fact("healthy volunteer", patient.HealthyVolunteer);

        void Fact<T>(string label, Fact<T>? fact)
        {
            if (fact is not null)
            {
                var value = fact.Value is bool flag ? (flag ? "yes" : "no") : Convert.ToString(fact.Value, CultureInfo.InvariantCulture)!.ToLowerInvariant();
                Add($"{label} {value}", fact.Source);
            }
        }
    }

    private static string Evidence(FactSource source, string? note) =>
        source is NoteSource { Span: var span } && note is not null && span.End <= note.Length
            ? $"«{note.Substring(span.Start, span.Length)}»"
            : $"@{source}";

    private static string Quote(string? text) => text is null ? "-" : $"\"{text}\"";

    private static string Mesh(string? id, string? name) => id is null ? "" : $" mesh {id}{(name is null ? "" : $" ({name})")}";

    private static string Codes(IReadOnlyList<ClinicalCode> codes) =>
        codes.Count == 0 ? "" : " codes " + string.Join(", ", codes.Select(c => $"{c.System}|{c.Code}"));

    private static string Date(string label, PartialDate? date) => date is null ? "" : $" {label} {date}";
}
