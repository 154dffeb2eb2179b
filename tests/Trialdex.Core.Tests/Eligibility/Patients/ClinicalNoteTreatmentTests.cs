using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class ClinicalNoteTreatmentTests
{
    [Theory]
    [InlineData("He finished six cycles of R-CHOP last spring.", "chemotherapy", "")]
    [InlineData("Glioma s/p irradiation, now on dexamethasone.", "corticosteroids", "radiotherapy")]
    [InlineData("Lymphoma treated with a bone marrow transplant; on peritoneal dialysis since 2020.", "", "transplantation, dialysis")]
    [InlineData("Treated with carboplatin, then whole brain radiation.", "chemotherapy", "radiotherapy")]
    public void Treatments_named_in_a_note_become_medications_or_procedures_by_class(string note, string medications, string procedures)
    {
        var patient = ClinicalNoteReader.Read(note).Patient!;

        Assert.Equal(medications, string.Join(", ", patient.Medications.Select(m => m.Name)));
        Assert.Equal(procedures, string.Join(", ", patient.Procedures.Select(p => p.Name)));
    }

    [Theory]
    [InlineData("No prior chemotherapy or radiation.")]
    [InlineData("She denies steroid use.")]
    [InlineData("Family history of bone marrow transplant.")]
    public void Denied_treatments_and_the_familys_add_nothing(string note)
    {
        var patient = ClinicalNoteReader.Read(note).Patient!;

        Assert.Empty(patient.Medications);
        Assert.Empty(patient.Procedures);
    }

    [Theory]
    [InlineData("Surgery is planned, to be done prior to chemotherapy.")]
    [InlineData("He will start radiation next week.")]
    public void Treatments_still_to_come_are_not_treatments_had(string note)
    {
        var patient = ClinicalNoteReader.Read(note).Patient!;

        Assert.Empty(patient.Medications);
        Assert.Empty(patient.Procedures);
    }

    [Fact]
    public void What_a_relative_has_and_takes_is_not_the_patients()
    {
        var patient = ClinicalNoteReader.Read("A 50-year-old man with asthma. His wife has breast cancer and is receiving chemotherapy.").Patient!;

        Assert.Equal(["asthma"], patient.Conditions.Select(c => c.Text));
        Assert.Empty(patient.Medications);
    }

    [Fact]
    public void A_relative_who_is_not_the_subject_of_the_clause_changes_nothing()
    {
        var patient = ClinicalNoteReader.Read("A 60-year-old man brought in by his wife with asthma after chemotherapy.").Patient!;

        Assert.Contains(patient.Conditions, c => c.Text == "asthma");
        Assert.Equal(["chemotherapy"], patient.Medications.Select(m => m.Name));
    }

    [Fact]
    public void A_treatment_cites_the_words_of_the_note_that_name_it()
    {
        const string Note = "A 50-year-old man s/p radiation to the chest.";

        var procedure = Assert.Single(ClinicalNoteReader.Read(Note).Patient!.Procedures);

        var span = Assert.IsType<NoteSource>(procedure.Source).Span;
        Assert.Equal("s/p radiation", Note.Substring(span.Start, span.Length));
    }
}
