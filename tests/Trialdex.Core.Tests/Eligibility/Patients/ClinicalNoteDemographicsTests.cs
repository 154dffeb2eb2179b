using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class ClinicalNoteDemographicsTests
{
    [Theory]
    [InlineData("Patient is a 45-year-old man with hypertension.", 45, TimeUnit.Year, "45-year-old")]
    [InlineData("A 45 yo woman presents with cough.", 45, TimeUnit.Year, "45 yo")]
    [InlineData("Woman aged 62 with anemia.", 62, TimeUnit.Year, "aged 62")]
    [InlineData("The mother brings a 3-month-old infant with fever.", 3, TimeUnit.Month, "3-month-old")]
    [InlineData("A 3-day-old female infant with jaundice.", 3, TimeUnit.Day, "3-day-old")]
    [InlineData("A 2 week old boy with poor feeding.", 2, TimeUnit.Week, "2 week old")]
    [InlineData("66yo female with chronic cough.", 66, TimeUnit.Year, "66yo")]
    [InlineData("70 y/o with COPD on home oxygen.", 70, TimeUnit.Year, "70 y/o")]
    [InlineData("A 57-year old farmer with tremor.", 57, TimeUnit.Year, "57-year old")]
    [InlineData("A 5 months old male with an empty scrotum.", 5, TimeUnit.Month, "5 months old")]
    [InlineData("Mateo is a 41 year man who plays football.", 41, TimeUnit.Year, "41 year ")]
    [InlineData("48 M with a h/o HTN.", 48, TimeUnit.Year, "48 M")]
    [InlineData("Age: 45\nSex: female", 45, TimeUnit.Year, "Age: 45")]
    public void The_age_is_read_from_the_ways_notes_write_it(string note, int value, TimeUnit unit, string evidence)
    {
        var age = ClinicalNoteReader.Read(note).Patient!.Age;

        Assert.NotNull(age);
        Assert.Equal(new NormalizedTime(value, unit), age.Value);
        Assert.Equal(evidence, Quote(note, age.Source));
    }

    [Theory]
    [InlineData("She had menarche at age 14 and normal periods since.")]
    [InlineData("Type 1 diabetes for 11 years, on insulin.")]
    [InlineData("Fever spiked to 104F overnight.")]
    [InlineData("The 45 patients of the clinic.")]
    [InlineData("Seen today. 12 F readings in the chart.")]
    public void Numbers_that_are_not_the_patients_age_give_no_age(string note)
    {
        var result = ClinicalNoteReader.Read(note);

        Assert.Null(result.Patient!.Age);
        Assert.Contains(result.Problems, p => p.Severity == PatientProblemSeverity.Warning && p.Message == "no age found");
    }

    [Theory]
    [InlineData("A 45-year-old man.", PatientSex.Male, "man")]
    [InlineData("A 45-year-old woman.", PatientSex.Female, "woman")]
    [InlineData("A 32-year-old male athlete.", PatientSex.Male, "male")]
    [InlineData("A 28-year-old female with neck pain.", PatientSex.Female, "female")]
    [InlineData("A 10-year-old boy fell off his bike.", PatientSex.Male, "boy")]
    [InlineData("A 15 yo girl with headache.", PatientSex.Female, "girl")]
    [InlineData("This is a 57-year-old gentleman with CLL.", PatientSex.Male, "gentleman")]
    [InlineData("22yo F otherwise healthy.", PatientSex.Female, "F")]
    [InlineData("74M hx of CAD.", PatientSex.Male, "M")]
    [InlineData("A 70 yo F w/ COPD.", PatientSex.Female, "F")]
    [InlineData("Pt is a 22yo F otherwise healthy.", PatientSex.Female, "F")]
    [InlineData("Mrs. Alvarez is seen for follow-up of her MS.", PatientSex.Female, "Mrs.")]
    [InlineData("A 21-year-old student. He reports that his brother has polyps.", PatientSex.Male, "He")]
    [InlineData("A 10 year old child with cough. Her mother says she has had fever.", PatientSex.Female, "Her")]
    public void The_sex_is_read_from_words_titles_letters_and_then_pronouns(string note, PatientSex sex, string evidence)
    {
        var fact = ClinicalNoteReader.Read(note).Patient!.Sex;

        Assert.NotNull(fact);
        Assert.Equal(sex, fact.Value);
        Assert.Equal(evidence, Quote(note, fact.Source));
    }

    [Theory]
    [InlineData("Known MS, relapsing, on treatment.")]
    [InlineData("A 50-year-old with a human bite to the hand.")]
    [InlineData("Follow-up visit. He said she said.")]
    public void Words_that_only_contain_a_sex_word_or_tie_on_pronouns_give_no_sex(string note)
    {
        var result = ClinicalNoteReader.Read(note);

        Assert.Null(result.Patient!.Sex);
        Assert.Contains(result.Problems, p => p.Message == "no sex found");
    }

    private static string Quote(string note, FactSource source)
    {
        var span = Assert.IsType<NoteSource>(source).Span;
        return note.Substring(span.Start, span.Length);
    }
}
