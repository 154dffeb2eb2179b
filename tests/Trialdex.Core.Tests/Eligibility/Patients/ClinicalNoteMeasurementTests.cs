using System.Globalization;
using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class ClinicalNoteMeasurementTests
{
    [Theory]
    [InlineData("HbA1c 8.2%", "hemoglobin A1c 4548-4 8.2 % %")]
    [InlineData("platelets 40 x 10^9/L", "platelet count 777-3 40 x 10^9/L 10*9/L")]
    [InlineData("Platelet count of 40,000/µL.", "platelet count 777-3 40000 /µL /uL")]
    [InlineData("creatinine 1.8 mg/dL", "creatinine 2160-0 1.8 mg/dL mg/dL")]
    [InlineData("BMI 32", "body mass index 39156-5 32 - kg/m2")]
    [InlineData("temperature 38.5 C", "body temperature 8310-5 38.5 C Cel")]
    [InlineData("fever up to 39 C", "body temperature 8310-5 39 C Cel")]
    [InlineData("a temperature of 101.2°F", "body temperature 8310-5 101.2 °F [degF]")]
    [InlineData("heart rate 110", "heart rate 8867-4 110 - /min")]
    [InlineData("a hemoglobin (Hb) of 9.0 g/dL", "hemoglobin 718-7 9.0 g/dL g/dL")]
    [InlineData("EF was 25%.", "left ventricular ejection fraction 10230-1 25 % %")]
    [InlineData("She weighs 110 kg", "body weight 29463-7 110 kg kg")]
    [InlineData("WBC 12.3 K/uL", "white blood cell count 6690-2 12.3 K/uL 10*3/uL")]
    public void A_measured_value_keeps_its_number_and_unit_as_written_and_in_ucum(string note, string expected)
    {
        var observation = Assert.Single(ClinicalNoteReader.Read(note).Patient!.Observations);

        Assert.Equal(expected, Describe(observation));
    }

    [Theory]
    [InlineData("BP 150/95", "150 95 -")]
    [InlineData("high blood pressure (175/95 mmHg)", "175 95 mmHg")]
    [InlineData("blood pressure was 120/80 mm Hg", "120 80 mm Hg")]
    public void A_blood_pressure_gives_a_systolic_and_a_diastolic_observation(string note, string expected)
    {
        var observations = ClinicalNoteReader.Read(note).Patient!.Observations;

        Assert.Equal(["8480-6", "8462-4"], observations.Select(o => o.Loinc));
        Assert.All(observations, o => Assert.Equal("mm[Hg]", o.Ucum));
        Assert.Equal(expected, $"{observations[0].Value} {observations[1].Value} {observations[0].Unit ?? "-"}");
        Assert.Equal(observations[0].Source, observations[1].Source);
    }

    [Theory]
    [InlineData("Weight loss of 5 over a month.")]
    [InlineData("Fever for 3 days.")]
    [InlineData("BP stable, heart rate regular.")]
    [InlineData("Platelet transfusion given twice.")]
    [InlineData("Temperature 2days ago normal.")]
    [InlineData("The HR department called at 10.")]
    public void Names_without_a_value_close_after_them_give_no_observation(string note)
    {
        Assert.Empty(ClinicalNoteReader.Read(note).Patient!.Observations);
    }

    [Theory]
    [InlineData("A nonsmoker with cough.", "non-smoker", "nonsmoker")]
    [InlineData("Former smoker, quit 10 years ago.", "former smoker", "Former smoker")]
    [InlineData("He never smoked.", "never smoker", "never smoked")]
    [InlineData("She smokes one pack a day.", "current smoker", "smokes")]
    [InlineData("History of heavy smoking and drinking.", "smoker", "smoking")]
    [InlineData("Denies tobacco use or alcohol.", "non-smoker", "Denies tobacco use")]
    [InlineData("Denies alcohol; smoker.", "smoker", "smoker")]
    public void Smoking_becomes_a_tobacco_smoking_status_observation(string note, string status, string evidence)
    {
        var smoking = Assert.Single(ClinicalNoteReader.Read(note).Patient!.Observations);

        Assert.Equal((PatientObservation.SmokingStatusLoinc, status), (smoking.Loinc, smoking.ValueText));
        var span = Assert.IsType<NoteSource>(smoking.Source).Span;
        Assert.Equal(evidence, note.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("ECOG 2.", 2, null)]
    [InlineData("ECOG performance status of 1 and KPS 70%", 1, 70)]
    [InlineData("WHO PS 0", 0, null)]
    [InlineData("Karnofsky performance status 90", null, 90)]
    [InlineData("ECOG 0-1, Karnofsky 60 to 70", null, null)]
    [InlineData("He is ECOG 7, KPS 120", null, null)]
    [InlineData("A man who 3 weeks ago fell.", null, null)]
    public void Performance_status_is_read_as_ecog_and_karnofsky_scores(string note, int? ecog, int? karnofsky)
    {
        var status = ClinicalNoteReader.Read(note).Patient!.PerformanceStatus;

        Assert.Equal(ecog, status?.Ecog?.Value);
        Assert.Equal(karnofsky, status?.Karnofsky?.Value);
    }

    private static string Describe(PatientObservation o) => string.Join(' ',
        o.Name, o.Loinc, o.Value?.ToString(CultureInfo.InvariantCulture), o.Unit ?? "-", o.Ucum ?? "-");
}
