using System.Text.Json.Nodes;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Pre-2017 spellings, over the observational registry fixture.</summary>
public sealed class LegacyXmlOlderRecordTests
{
    private readonly JsonNode _protocol = LegacyFixtures.Map("observational-registry-pre2017")["protocolSection"]!;

    [Fact]
    public void Old_date_tags_fill_the_first_submitted_and_last_update_dates()
    {
        var status = _protocol["statusModule"]!;

        Assert.Equal("2009-11-30", status["studyFirstSubmitDate"]!.GetValue<string>());
        Assert.Equal("2016-05-19", status["lastUpdateSubmitDate"]!.GetValue<string>());
    }

    [Fact]
    public void Gender_both_means_all()
    {
        Assert.Equal("ALL", _protocol["eligibilityModule"]!["sex"]!.GetValue<string>());
    }

    [Fact]
    public void A_patient_registry_is_observational_with_the_registry_flag_and_no_phase()
    {
        var design = _protocol["designModule"]!;

        Assert.Equal("OBSERVATIONAL", design["studyType"]!.GetValue<string>());
        Assert.True(design["patientRegistry"]!.GetValue<bool>());
        Assert.Null(design["phases"]);
    }

    [Fact]
    public void The_comma_separated_study_design_string_becomes_design_info()
    {
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"observationalModel":"CASE_CONTROL","timePerspective":"PROSPECTIVE"}"""),
            _protocol["designModule"]!["designInfo"]));
    }

    [Fact]
    public void The_study_design_string_keeps_commas_inside_a_value_and_ignores_fields_v2_dropped()
    {
        const string design = "Allocation: Randomized, Endpoint Classification: Safety/Efficacy Study, Intervention Model: Parallel Assignment, "
            + "Masking: Double Blind (Subject, Caregiver), Primary Purpose: Treatment";
        var xml = LegacyFixtures.Text("observational-registry-pre2017")
            .Replace("Observational Model: Case Control, Time Perspective: Prospective", design, StringComparison.Ordinal);

        var designInfo = LegacyFixtures.MapText(xml)["protocolSection"]!["designModule"]!["designInfo"];

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"allocation":"RANDOMIZED","interventionModel":"PARALLEL","primaryPurpose":"TREATMENT",
                 "maskingInfo":{"masking":"DOUBLE","whoMasked":["PARTICIPANT","CARE_PROVIDER"]}}
                """),
            designInfo));
    }

    [Fact]
    public void Official_names_join_first_middle_last_and_degrees()
    {
        Assert.Equal("Helena M. Okafor, MD, PhD", _protocol["contactsLocationsModule"]!["overallOfficials"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void An_unknown_status_keeps_the_last_known_status()
    {
        var status = _protocol["statusModule"]!;

        Assert.Equal("UNKNOWN", status["overallStatus"]!.GetValue<string>());
        Assert.Equal("RECRUITING", status["lastKnownStatus"]!.GetValue<string>());
    }

    [Fact]
    public void A_source_that_is_not_a_sponsor_gets_the_unknown_class()
    {
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"fullName":"Meridian Women's Health Network","class":"UNKNOWN"}"""),
            _protocol["identificationModule"]!["organization"]));
    }
}
