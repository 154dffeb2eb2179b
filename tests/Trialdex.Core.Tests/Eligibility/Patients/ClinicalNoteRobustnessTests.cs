using System.Text;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>The note reader takes any text a user pastes, so none may make it throw or cite a span outside the note.</summary>
public sealed class ClinicalNoteRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "A ", "45", "-year-old", " yo", " y/o", "M", "F", " man", " woman", " denies ", "no ", "not ", "history of ", "s/p ",
        "h/o", "family history of ", "ruled out", " negative", " but ", ", ", ". ", "; ", "(", ")", "\n", "\r\n", " ", "\t",
        "HTN", "hypertension", "diabetes", "smoking", "nonsmoker", "pregnant", "postpartum", "G2P1", "G", "P", "weeks gestation",
        "BP ", "150/95", "/", "HbA1c ", "8.2", "%", "platelets ", "40", " x 10^9/L", "x10^", "mg/dL", " C", "°F", "ECOG ", "KPS ",
        "0-1", "100", "999999999999999999999", ",000", ".", "'s", "’", "é", "\u00A0", "\u200B", "\0", "\uD83D\uDE00", "\uD800",
        "\uDFFF", "年", "ÆØ", "aged ", "Age: ", "Mr.", "Mrs.", "healthy volunteer",
    ];

    [Fact]
    public void Null_empty_and_blank_notes_give_no_patient_and_an_error()
    {
        foreach (var note in new[] { null, "", " \r\n\t " })
        {
            var result = ClinicalNoteReader.Read(note);

            Assert.Null(result.Patient);
            Assert.True(result.HasErrors);
        }
    }

    [Fact]
    public void Random_sequences_of_clinical_pieces_never_throw_and_cite_spans_inside_the_note()
    {
        var random = new Random(20250101);
        for (var run = 0; run < 2000; run++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(1, 50); n > 0; n--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertReadsCleanly(builder.ToString(), run % 3 == 0 ? SmallVocabulary : null);
        }
    }

    [Fact]
    public void Random_characters_from_the_whole_utf16_range_never_throw()
    {
        var random = new Random(11);
        for (var run = 0; run < 2000; run++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? " -/.,;()%0123456789MFxG"[random.Next(23)] : (char)random.Next(char.MaxValue + 1);
            }

            AssertReadsCleanly(new string(chars), null);
        }
    }

    [Fact]
    public void Random_mutations_of_the_golden_notes_never_throw()
    {
        var random = new Random(99);
        foreach (var name in PatientCases.Names("Notes", ".txt"))
        {
            var note = PatientCases.Input("Notes", name, ".txt");
            for (var run = 0; run < 150; run++)
            {
                AssertReadsCleanly(Mutations.Mutate(note, random, Pieces), run % 2 == 0 ? SmallVocabulary : null);
            }
        }
    }

    [Fact]
    public void Very_long_and_degenerate_notes_are_read()
    {
        var cases = PatientCases.Names("Notes", ".txt").Select(name => PatientCases.Input("Notes", name, ".txt")).ToList();
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < 1_000_000; i++)
        {
            builder.Append(cases[i % cases.Count]).Append(' ');
        }

        AssertReadsCleanly(builder.ToString(), SmallVocabulary);
        AssertReadsCleanly(new string('9', 200_000), null);
        AssertReadsCleanly(string.Concat(Enumerable.Repeat("BP ", 50_000)), null);
        AssertReadsCleanly(string.Concat(Enumerable.Repeat("denies ", 50_000)) + "diabetes", null);
        AssertReadsCleanly(new string(' ', 300_000) + "45 yo M", null);
    }

    private static MeshVocabulary SmallVocabulary { get; } = new(
    [
        new MeshDescriptor("D900010", "Hypertension", ["HTN", "High Blood Pressure"], ["C14.907.489"]),
        new MeshDescriptor("D900011", "Diabetes Mellitus", ["Diabetes"], ["C18.452.394.750"]),
    ]);

    private static void AssertReadsCleanly(string note, MeshVocabulary? vocabulary)
    {
        var result = ClinicalNoteReader.Read(note, vocabulary);

        if (string.IsNullOrWhiteSpace(note))
        {
            Assert.Null(result.Patient);
            return;
        }

        Assert.NotNull(result.Patient);
        foreach (var source in PatientFacts.Describe(result.Patient).Select(f => f.Source))
        {
            var span = Assert.IsType<NoteSource>(source).Span;
            Assert.True(span.Start >= 0 && span.Length > 0 && span.End <= note.Length, $"span {span} outside a note of {note.Length} characters");
        }
    }
}
