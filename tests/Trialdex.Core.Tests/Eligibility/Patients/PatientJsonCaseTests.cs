using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class PatientJsonCaseTests
{
    [Theory]
    [MemberData(nameof(PatientCases.Json), MemberType = typeof(PatientCases))]
    public void Reading_a_patient_document_gives_its_expected_patient_and_problems(string name)
    {
        var result = PatientJsonReader.Read(PatientCases.Input("Json", name, ".json"));

        PatientCases.AssertMatchesExpected("Json", name, PatientRendering.Render(result));
    }

    [Theory]
    [MemberData(nameof(PatientCases.Seeds), MemberType = typeof(PatientCases))]
    public void A_seed_patient_reads_without_any_problem_and_as_expected(string name)
    {
        var result = PatientJsonReader.Read(PatientCases.Input("Seeds", name, ".json"));

        Assert.Empty(result.Problems);
        PatientCases.AssertMatchesExpected("Seeds", name, PatientRendering.Render(result));
    }

    [Fact]
    public void The_documented_example_patient_uses_every_property_and_reads_without_any_problem()
    {
        var json = File.ReadAllText(Path.Combine(PatientCases.Root, "example-patient.json"));

        var result = PatientJsonReader.Read(json);

        Assert.Empty(result.Problems);
        var patient = result.Patient!;
        Assert.All(
            new object?[] { patient.AsOf, patient.Age, patient.Sex, patient.Pregnancy?.Pregnant, patient.Pregnancy?.Lactating, patient.Pregnancy?.Postpartum, patient.Pregnancy?.Gravida, patient.Pregnancy?.Para, patient.PerformanceStatus?.Ecog, patient.PerformanceStatus?.Karnofsky, patient.Location?.Latitude, patient.HealthyVolunteer },
            Assert.NotNull);
        Assert.All(new int[] { patient.Conditions.Count, patient.Observations.Count, patient.Medications.Count, patient.Procedures.Count }, count => Assert.True(count > 0));
        var expected = File.ReadAllText(Path.Combine(PatientCases.Root, "example-patient.expected.txt")).ReplaceLineEndings("\n");
        Assert.Equal(expected, PatientRendering.Render(result));
    }

    [Fact]
    public void The_seed_patients_are_the_ones_the_screener_needs()
    {
        static Patient Seed(string name) => PatientJsonReader.Read(PatientCases.Input("Seeds", name, ".json")).Patient!;

        var woman = Seed("woman-45");
        Assert.Equal((45.0, PatientSex.Female), (woman.Age!.Years, woman.Sex!.Value));
        Assert.Equal(PatientSex.Male, Seed("male-patient").Sex!.Value);
        var platelets = Assert.Single(Seed("platelets-40").Observations);
        Assert.Equal(("777-3", 40m, "10*9/L"), (platelets.Loinc, platelets.Value, platelets.Ucum));
        var poi = Seed("poi-woman-30");
        Assert.Equal((30.0, PatientSex.Female), (poi.Age!.Years, poi.Sex!.Value));
        Assert.Contains(poi.Conditions, c => c.MeshId == "D016649" && !c.Negated && c.Status == ConditionStatus.Active);
    }
}
