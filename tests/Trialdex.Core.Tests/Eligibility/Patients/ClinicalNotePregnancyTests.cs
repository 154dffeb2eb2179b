using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class ClinicalNotePregnancyTests
{
    [Theory]
    [InlineData("A 25-year-old pregnant woman.", "pregnant yes")]
    [InlineData("A 25-year-old woman, not pregnant.", "pregnant no")]
    [InlineData("A 25-year-old woman who denies pregnancy.", "pregnant no")]
    [InlineData("A 25-year-old woman at 24 weeks gestation.", "pregnant yes")]
    [InlineData("A 25-year-old woman at 32+6 weeks of gestational age.", "pregnant yes")]
    [InlineData("A 25-year-old woman, 24W3D, with headache.", "pregnant yes")]
    [InlineData("A 25-year-old woman with a negative urine pregnancy test.", "pregnant no")]
    [InlineData("A 25-year-old woman, two weeks postpartum.", "pregnant no, postpartum yes")]
    [InlineData("A 25-year-old woman who is breastfeeding.", "lactating yes")]
    [InlineData("A 25-year-old woman, not breastfeeding.", "lactating no")]
    [InlineData("A 25-year-old woman G3P2.", "gravida 3, para 2")]
    [InlineData("A 25-year-old woman, gravida 4 para 1.", "gravida 4, para 1")]
    [InlineData("A 52-year-old postmenopausal woman.", "pregnant no")]
    [InlineData("A 25-year-old woman with no history of migraine before this pregnancy.", "")]
    [InlineData("A 15-year-old girl born at 34 weeks of gestation.", "")]
    [InlineData("A 3-day-old girl, pregnant mother with diabetes.", "")]
    [InlineData("A 40-year-old man whose wife is pregnant.", "")]
    public void Pregnancy_lactation_and_obstetric_history_are_read_for_whom_they_can_concern(string note, string expected)
    {
        var pregnancy = ClinicalNoteReader.Read(note).Patient!.Pregnancy;

        var said = new List<string>();
        if (pregnancy?.Pregnant is { } pregnant)
        {
            said.Add($"pregnant {pregnant.Value.ToString().ToLowerInvariant()}");
        }

        if (pregnancy?.Postpartum is { } postpartum)
        {
            said.Add($"postpartum {(postpartum.Value ? "yes" : "no")}");
        }

        if (pregnancy?.Lactating is { } lactating)
        {
            said.Add($"lactating {lactating.Value.ToString().ToLowerInvariant()}");
        }

        if (pregnancy?.Gravida is { } gravida)
        {
            said.Add($"gravida {gravida.Value}");
        }

        if (pregnancy?.Para is { } para)
        {
            said.Add($"para {para.Value}");
        }

        Assert.Equal(expected, string.Join(", ", said));
    }

    [Fact]
    public void A_healthy_volunteer_is_said_so()
    {
        var patient = ClinicalNoteReader.Read("Healthy volunteer aged 30, female.").Patient!;

        Assert.True(patient.HealthyVolunteer?.Value);
    }
}
