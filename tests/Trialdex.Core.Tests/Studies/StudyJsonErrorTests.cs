using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Studies;

public sealed class StudyJsonErrorTests
{
    [Theory]
    [InlineData("""{"protocolSection":{"statusModule":{"overallStatus":"FOO"}}}""",
        "'FOO' is not a valid OverallStatus value at $.protocolSection.statusModule.overallStatus")]
    [InlineData("""{"protocolSection":{"statusModule":{"overallStatus":"recruiting"}}}""",
        "'recruiting' is not a valid OverallStatus value at $.protocolSection.statusModule.overallStatus")]
    [InlineData("""{"protocolSection":{"statusModule":{"overallStatus":4}}}""",
        "the number 4 is not a valid OverallStatus value at $.protocolSection.statusModule.overallStatus")]
    [InlineData("""{"protocolSection":{"designModule":{"phases":["PHASE1","PHASE5"]}}}""",
        "'PHASE5' is not a valid Phase value at $.protocolSection.designModule.phases[1]")]
    [InlineData("""{"protocolSection":{"designModule":{"phases":[null]}}}""",
        "null is not a valid Phase value at $.protocolSection.designModule.phases[0]")]
    [InlineData("""{"protocolSection":{"contactsLocationsModule":{"locations":[{},{"status":"UNKNOWN"}]}}}""",
        "'UNKNOWN' is not a valid RecruitmentStatus value at $.protocolSection.contactsLocationsModule.locations[1].status")]
    [InlineData("""{"protocolSection":{"statusModule":{"startDateStruct":{"date":"2017-13"}}}}""",
        "'2017-13' is not a valid date at $.protocolSection.statusModule.startDateStruct.date")]
    [InlineData("""{"protocolSection":{"statusModule":{"studyFirstSubmitDate":20170105}}}""",
        "the number 20170105 is not a valid date at $.protocolSection.statusModule.studyFirstSubmitDate")]
    [InlineData("""{"protocolSection":{"eligibilityModule":{"minimumAge":"18 Yrs"}}}""",
        "'18 Yrs' is not a valid time (expected e.g. '18 Years') at $.protocolSection.eligibilityModule.minimumAge")]
    [InlineData("""{"protocolSection":{"eligibilityModule":{"minimumAge":"N/A"}}}""",
        "'N/A' is not a valid time (expected e.g. '18 Years') at $.protocolSection.eligibilityModule.minimumAge")]
    public void An_invalid_value_is_an_error_naming_the_value_and_its_path(string json, string message)
    {
        var error = Assert.Throws<StudyFormatException>(() => StudyJson.Parse(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal(message, error.Message);
        Assert.Equal(message[(message.LastIndexOf(" at ", StringComparison.Ordinal) + 4)..], error.JsonPath);
    }

    [Theory]
    [InlineData("""{"protocolSection":{"designModule":{"enrollmentInfo":{"count":"120"}}}}""", "$.protocolSection.designModule.enrollmentInfo.count")]
    [InlineData("""{"protocolSection":{"designModule":{"enrollmentInfo":{"count":1.5}}}}""", "$.protocolSection.designModule.enrollmentInfo.count")]
    [InlineData("""{"protocolSection":{"conditionsModule":{"conditions":"Asthma"}}}""", "$.protocolSection.conditionsModule.conditions")]
    [InlineData("""{"protocolSection":{"identificationModule":{"nctId":7}}}""", "$.protocolSection.identificationModule.nctId")]
    [InlineData("""{"hasResults":"no"}""", "$.hasResults")]
    [InlineData("""{"protocolSection":{"contactsLocationsModule":{"locations":[{"geoPoint":{"lat":1e999}}]}}}""", "$.protocolSection.contactsLocationsModule.locations[0].geoPoint.lat")]
    [InlineData("""{"protocolSection":[]}""", "$.protocolSection")]
    public void A_value_of_the_wrong_JSON_type_is_an_error_at_its_path(string json, string path)
    {
        var error = Assert.Throws<StudyFormatException>(() => StudyJson.Parse(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal(path, error.JsonPath);
        Assert.EndsWith(" at " + path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"NCT01234567\"")]
    [InlineData("{\"protocolSection\":")]
    [InlineData("{} {}")]
    [InlineData("{\"hasResults\":tru}")]
    public void Something_that_is_not_one_study_object_is_an_error(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);

        Assert.Throws<StudyFormatException>(() => StudyJson.Parse(bytes));
        Assert.False(StudyJson.TryParse(bytes, out var study, out var error));
        Assert.Null(study);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void TryParse_gives_the_same_message_Parse_throws()
    {
        var json = """{"protocolSection":{"designModule":{"studyType":"OBSERVATIONAL_PATIENT_REGISTRY"}}}"""u8;

        Assert.False(StudyJson.TryParse(json, out _, out var error));

        Assert.Equal("'OBSERVATIONAL_PATIENT_REGISTRY' is not a valid StudyType value at $.protocolSection.designModule.studyType", error);
    }

    [Fact]
    public void TryParse_gives_the_study_when_it_is_valid()
    {
        Assert.True(StudyJson.TryParse("""{"protocolSection":{"identificationModule":{"nctId":"NCT09000003"}}}"""u8, out var study, out var error));

        Assert.Equal("NCT09000003", study.NctId);
        Assert.Null(error);
    }
}
