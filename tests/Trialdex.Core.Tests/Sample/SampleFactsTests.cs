using System.Text.Json;

namespace Trialdex.Core.Tests.Sample;

public sealed class SampleFactsTests
{
    private const string Identification = "protocolSection.identificationModule.";
    private const string Eligibility = "protocolSection.eligibilityModule.";

    [Theory]
    [InlineData("NCT05106972", "Umbilical Cord Mesenchymal Stem Cell Transplantation for Decompensated Hepatitis B Cirrhosis", "SCT20181032")]
    [InlineData("NCT03033277", "Human Umbilical Cord Mesenchymal Stem Cells (HUC-MSCs) Transplantation in Women With Primary Ovarian Insufficiency (POI)", "Multi-cited POI Recovery")]
    [InlineData("NCT03223454", null, null)]
    [InlineData("LOCAL-MELASMA-EXOSOMES", null, null)]
    [InlineData("LOCAL-IUA-IPS-EXO", null, null)]
    public void Each_sample_has_the_title_and_org_study_id_its_page_shows_and_no_other(string id, string? title, string? orgStudyId)
    {
        using var json = SampleJson.Open(id);

        Assert.Equal(title, json.Text(Identification + "briefTitle"));
        Assert.Null(json.Text(Identification + "officialTitle"));
        Assert.Equal(orgStudyId, json.Text(Identification + "orgStudyIdInfo.id"));
    }

    [Theory]
    [InlineData("NCT05106972", "RECRUITING", null, "Asia Stem Cell Regenerative Pharmaceutical")]
    [InlineData("NCT03033277", "UNKNOWN", "PHASE1,PHASE2", "Chinese Academy of Sciences")]
    [InlineData("NCT03223454", "NOT_YET_RECRUITING", "PHASE1", "The Second Affiliated Hospital of Chongqing Medical University")]
    [InlineData("LOCAL-MELASMA-EXOSOMES", null, null, null)]
    [InlineData("LOCAL-IUA-IPS-EXO", null, null, null)]
    public void Each_sample_has_the_status_phases_and_sponsor_its_page_shows(string id, string? status, string? phases, string? sponsor)
    {
        using var json = SampleJson.Open(id);

        Assert.Equal(status, json.Text("protocolSection.statusModule.overallStatus"));
        var phaseList = json.At("protocolSection.designModule.phases")?.EnumerateArray().Select(p => p.GetString());
        Assert.Equal(phases, phaseList is null ? null : string.Join(',', phaseList));
        Assert.Equal(sponsor, json.Text("protocolSection.sponsorCollaboratorsModule.leadSponsor.name"));
    }

    [Theory]
    [InlineData("NCT05106972", "ALL", "20 Years", "60 Years", "False")]
    [InlineData("NCT03033277", "FEMALE", "20 Years", "40 Years", "False")]
    [InlineData("NCT03223454", null, null, null, null)]
    [InlineData("LOCAL-MELASMA-EXOSOMES", null, null, null, null)]
    [InlineData("LOCAL-IUA-IPS-EXO", null, null, null, null)]
    public void Each_sample_has_the_sex_ages_and_volunteers_its_page_shows(string id, string? sex, string? minimumAge, string? maximumAge, string? healthyVolunteers)
    {
        using var json = SampleJson.Open(id);

        Assert.Equal(sex, json.Text(Eligibility + "sex"));
        Assert.Equal(minimumAge, json.Text(Eligibility + "minimumAge"));
        Assert.Equal(maximumAge, json.Text(Eligibility + "maximumAge"));
        Assert.Equal(healthyVolunteers, json.Text(Eligibility + "healthyVolunteers"));
    }

    [Theory]
    [InlineData("NCT05106972", "30", "ESTIMATED", 1)]
    [InlineData("NCT03033277", "320", "ESTIMATED", 2)]
    [InlineData("NCT03223454", null, null, 0)]
    [InlineData("LOCAL-MELASMA-EXOSOMES", "80", null, 4)]
    [InlineData("LOCAL-IUA-IPS-EXO", "29", null, 4)]
    public void Each_sample_has_the_enrollment_and_patient_groups_its_page_shows(string id, string? count, string? type, int groups)
    {
        using var json = SampleJson.Open(id);

        Assert.Equal(count, json.Text("protocolSection.designModule.enrollmentInfo.count"));
        Assert.Equal(type, json.Text("protocolSection.designModule.enrollmentInfo.type"));
        Assert.Equal(groups, json.At("protocolSection.armsInterventionsModule.armGroups")?.GetArrayLength() ?? 0);
    }

    [Theory]
    [MemberData(nameof(SeedPageCases.Ids), MemberType = typeof(SeedPageCases))]
    public void Each_sample_keeps_every_inclusion_and_exclusion_criterion_of_its_page_on_the_right_side(string id)
    {
        var expected = SeedPageCases.Load(id);
        using var json = SampleJson.Open(id);
        var criteria = json.Text(Eligibility + "eligibilityCriteria") ?? "";
        var split = criteria.IndexOf("Exclusion Criteria:", StringComparison.Ordinal);

        foreach (var item in Items(expected, "inclusion"))
        {
            Assert.InRange(criteria.IndexOf(item, StringComparison.Ordinal), 0, split);
        }

        foreach (var item in Items(expected, "exclusion"))
        {
            Assert.True(criteria.IndexOf(item, split, StringComparison.Ordinal) > split, item);
        }
    }

    private static IEnumerable<string> Items(JsonDocument expected, string side) =>
        expected.RootElement.GetProperty(side).EnumerateArray().Select(i => i.GetString()!.Trim());
}
