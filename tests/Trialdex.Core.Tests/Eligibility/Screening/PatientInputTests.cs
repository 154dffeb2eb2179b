using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Screening;

public sealed class PatientInputTests
{
    [Theory]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": {\"resourceType\": \"Patient\", \"gender\": \"female\"}}]}", PatientInputKind.FhirBundle)]
    [InlineData("{\"note\": \"45-year-old woman with asthma.\"}", PatientInputKind.Note)]
    [InlineData("{\"version\": 1, \"sex\": \"female\"}", PatientInputKind.PatientJson)]
    [InlineData("45-year-old woman with asthma.", PatientInputKind.Note)]
    [InlineData("{ \"age\": ", PatientInputKind.PatientJson)]
    public void The_input_kind_is_told_by_its_content(string text, PatientInputKind kind)
    {
        var read = PatientInput.Read(text, new DateOnly(2026, 12, 6));

        Assert.Equal(kind, read.Kind);
    }

    [Fact]
    public void Broken_json_is_reported_by_the_patient_json_reader_without_a_patient()
    {
        var read = PatientInput.Read("{ \"age\": ");

        Assert.Null(read.Result.Patient);
        Assert.True(read.Result.HasErrors);
    }

    [Fact]
    public void A_fhir_bundle_patient_is_screened_like_any_other()
    {
        var read = PatientInput.Read("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p1\", \"gender\": \"male\", \"birthDate\": \"1980-01-01\"}}]}", new DateOnly(2026, 12, 6));

        var poi = ScreeningCases.Screen(read.Result.Patient!, "NCT03033277");

        Assert.Equal(TrialVerdict.NotEligible, poi.Verdict);
        Assert.Equal("Patient/p1", poi.Deciding!.Evidence[0].Source.ToString());
    }
}
