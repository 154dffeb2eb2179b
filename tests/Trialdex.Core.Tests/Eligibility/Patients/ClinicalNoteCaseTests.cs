using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class ClinicalNoteCaseTests
{
    [Theory]
    [MemberData(nameof(PatientCases.Notes), MemberType = typeof(PatientCases))]
    public void Reading_a_note_gives_its_expected_patient(string name)
    {
        var note = PatientCases.Input("Notes", name, ".txt");

        var result = ClinicalNoteReader.Read(note);

        PatientCases.AssertMatchesExpected("Notes", name, PatientRendering.Render(result, note));
    }

    [Theory]
    [MemberData(nameof(PatientCases.Notes), MemberType = typeof(PatientCases))]
    public void Every_fact_of_a_note_cites_a_span_inside_the_note(string name)
    {
        var note = PatientCases.Input("Notes", name, ".txt");

        var patient = ClinicalNoteReader.Read(note).Patient!;

        Assert.All(PatientFacts.Describe(patient).Select(f => f.Source), source =>
        {
            var span = Assert.IsType<NoteSource>(source).Span;
            Assert.InRange(span.Start, 0, note.Length - 1);
            Assert.InRange(span.End, span.Start + 1, note.Length);
        });
    }

    [Fact]
    public void The_note_folder_holds_at_least_twenty_five_cases_each_with_an_expected_patient()
    {
        var names = PatientCases.Names("Notes", ".txt").ToList();

        Assert.True(names.Count >= 25, $"only {names.Count} note cases");
        Assert.All(names, name => Assert.True(File.Exists(PatientCases.ExpectedPath("Notes", name)), name));
    }

    [Fact]
    public void Windows_line_endings_give_the_same_facts_as_unix_ones()
    {
        foreach (var name in PatientCases.Names("Notes", ".txt"))
        {
            var unix = PatientCases.Input("Notes", name, ".txt").ReplaceLineEndings("\n");
            var windows = unix.Replace("\n", "\r\n", StringComparison.Ordinal);

            Assert.Equal(PatientRendering.Render(ClinicalNoteReader.Read(unix), unix), PatientRendering.Render(ClinicalNoteReader.Read(windows), windows));
        }
    }
}
