using System.Text;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Sample;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// The golden screening cases in Cases/Screening: a hand-made patient (NAME.json in the patient JSON shape, or
/// NAME.txt, a note) screened against every bundled seed trial, rendered beside it as NAME.expected.txt.
/// </summary>
internal static class ScreeningCases
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Screening");

    public static TheoryData<string> Names() =>
        new(Directory.EnumerateFiles(Root).Where(p => p.EndsWith(".json", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal) && !p.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    public static Patient Patient(string file) =>
        PatientInput.Read(File.ReadAllText(Path.Combine(Root, file))).Result.Patient ?? throw new InvalidOperationException(file + " is not a patient");

    /// <summary>The seed trials by id (the NCT id, or the file name of those without one).</summary>
    public static IReadOnlyList<(string Id, Study Study, ParsedCriteria Criteria)> Seeds { get; } =
    [
        .. SampleStudies.All.Select(s =>
        {
            var study = StudyJson.Parse(s.Utf8Json.Span);
            return (study.NctId ?? Path.GetFileNameWithoutExtension(s.Name), study, ConstraintExtractor.Parse(study.ProtocolSection?.EligibilityModule?.EligibilityCriteria));
        }).OrderBy(s => s.Item1, StringComparer.Ordinal),
    ];

    public static TrialScreening Screen(Patient patient, string seedId)
    {
        var seed = Seeds.Single(s => s.Id == seedId);
        return Screener.Screen(patient, seed.Study.ProtocolSection?.EligibilityModule, seed.Criteria);
    }

    public static string Render(Patient patient)
    {
        var text = new StringBuilder();
        var screenings = new List<TrialScreening>();
        foreach (var (id, study, criteria) in Seeds)
        {
            var screening = Screener.Screen(patient, study.ProtocolSection?.EligibilityModule, criteria);
            screenings.Add(screening);
            text.Append(CultureInvariant($"== {id}: {screening.Verdict}"));
            if (screening.Deciding is { } deciding)
            {
                text.Append(CultureInvariant($" by {deciding.Origin} \"{deciding.Text}\""));
            }

            text.Append('\n');
            foreach (var c in screening.Criteria)
            {
                text.Append(CultureInvariant($"  {c.Verdict,-13} {c.Origin,-13} {Clip(c.Text)} | {c.Reason}"));
                foreach (var e in c.Evidence)
                {
                    text.Append(CultureInvariant($" [{e.Fact} @{e.Source}]"));
                }

                text.Append('\n');
            }

            foreach (var m in screening.MissingFacts)
            {
                text.Append(CultureInvariant($"  missing {m.Key}: {m.Question}\n"));
            }
        }

        text.Append("questions:\n");
        foreach (var q in OpenQuestions.Rank(screenings))
        {
            text.Append(CultureInvariant($"  {q.Trials} {q.Question}\n"));
        }

        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
