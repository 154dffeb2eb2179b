using System.Text.Json.Nodes;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>Field by field over the interventional fixture: each assertion names one mapping rule.</summary>
public sealed class LegacyXmlFieldTests
{
    private readonly JsonObject _study = LegacyFixtures.Map("interventional-with-results");

    private JsonNode Protocol(string module) => _study["protocolSection"]![module]!;

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public void Eligibility_criteria_become_api_v2_markdown_with_bullets_numbers_and_nesting()
    {
        var criteria = Protocol("eligibilityModule")["eligibilityCriteria"]!.GetValue<string>();

        Assert.Equal(
            "Inclusion Criteria:\n\n" +
            "* Age 18 to 75 years\n" +
            "* Liver fibrosis stage F2 or F3 on a biopsy taken within 6 months before screening, or liver stiffness between 8 and 14 kPa\n" +
            "* Body mass index of 25 kg/m2 or more\n\n" +
            "Exclusion Criteria:\n\n" +
            "1. Cirrhosis, or any of the following signs of decompensation:\n" +
            "   * ascites\n" +
            "   * variceal bleeding\n" +
            "   * hepatic encephalopathy\n" +
            "2. Alcohol intake above 20 g per day for women or 30 g per day for men\n" +
            "3. Pregnancy or breast-feeding",
            criteria);
    }

    [Fact]
    public void Sex_ages_healthy_volunteers_and_standard_ages_come_from_eligibility()
    {
        var eligibility = Protocol("eligibilityModule");

        Assert.Equal("ALL", eligibility["sex"]!.GetValue<string>());
        Assert.Equal("18 Years", eligibility["minimumAge"]!.GetValue<string>());
        Assert.Equal("75 Years", eligibility["maximumAge"]!.GetValue<string>());
        Assert.False(eligibility["healthyVolunteers"]!.GetValue<bool>());
        Assert.Equal(["ADULT", "OLDER_ADULT"], Strings(eligibility["stdAges"]));
    }

    [Fact]
    public void A_combined_phase_becomes_two_phases()
    {
        Assert.Equal(["PHASE1", "PHASE2"], Strings(Protocol("designModule")["phases"]));
    }

    [Fact]
    public void Dates_become_iso_dates_and_their_type_becomes_actual_or_estimated()
    {
        var status = Protocol("statusModule");

        Assert.Equal("2021-01", status["statusVerifiedDate"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"date":"2016-03-15","type":"ACTUAL"}"""), status["startDateStruct"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"date":"2019-06","type":"ACTUAL"}"""), status["completionDateStruct"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"date":"2016-02-08","type":"ESTIMATED"}"""), status["studyFirstPostDateStruct"]));
        Assert.Equal("2020-05-20", status["resultsFirstSubmitDate"]!.GetValue<string>());
    }

    [Fact]
    public void Enrollment_keeps_its_count_and_type()
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"count":118,"type":"ACTUAL"}"""), Protocol("designModule")["enrollmentInfo"]));
    }

    [Fact]
    public void Masking_splits_into_level_and_who_is_masked()
    {
        var masking = Protocol("designModule")["designInfo"]!["maskingInfo"]!;

        Assert.Equal("QUADRUPLE", masking["masking"]!.GetValue<string>());
        Assert.Equal(["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], Strings(masking["whoMasked"]));
    }

    [Fact]
    public void Arm_groups_list_the_interventions_naming_them_as_type_and_name()
    {
        var arms = Protocol("armsInterventionsModule")["armGroups"]!.AsArray();

        Assert.Equal(["Velorafib 40 mg", "Placebo", "Standard care"], arms.Select(a => a!["label"]!.GetValue<string>()));
        Assert.Equal(["Drug: Velorafib", "Behavioral: Lifestyle coaching"], Strings(arms[0]!["interventionNames"]));
        Assert.Null(arms[2]!["interventionNames"]);
    }

    [Fact]
    public void Interventions_keep_their_arm_labels_and_other_names()
    {
        var velorafib = Protocol("armsInterventionsModule")["interventions"]![0]!;

        Assert.Equal("DRUG", velorafib["type"]!.GetValue<string>());
        Assert.Equal(["Velorafib 40 mg"], Strings(velorafib["armGroupLabels"]));
        Assert.Equal(["NWT-2201", "Fibrolent"], Strings(velorafib["otherNames"]));
    }

    [Fact]
    public void Primary_secondary_and_other_outcomes_keep_measure_time_frame_and_description()
    {
        var outcomes = Protocol("outcomesModule");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"measure":"Change in Liver Stiffness","description":"Liver stiffness in kilopascals measured by transient elastography.","timeFrame":"Baseline and week 48"}"""),
            outcomes["primaryOutcomes"]![0]));
        Assert.Equal(2, outcomes["secondaryOutcomes"]!.AsArray().Count);
        Assert.Equal("Daily Step Count", outcomes["otherOutcomes"]![0]!["measure"]!.GetValue<string>());
    }

    [Fact]
    public void Officials_and_central_contacts_get_v2_roles()
    {
        var contacts = Protocol("contactsLocationsModule");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"name":"Imogen Reyes-Calloway, MD","affiliation":"Northwind Therapeutics","role":"STUDY_DIRECTOR"}"""),
            contacts["overallOfficials"]![0]));
        Assert.Equal(["CONTACT", "CONTACT"], contacts["centralContacts"]!.AsArray().Select(c => c!["role"]!.GetValue<string>()));
        Assert.Equal("12", contacts["centralContacts"]![0]!["phoneExt"]!.GetValue<string>());
    }

    [Fact]
    public void Locations_carry_address_status_contacts_and_investigators_but_no_geo_point()
    {
        var location = Protocol("contactsLocationsModule")["locations"]![0]!;

        Assert.Equal("Harbor City Liver Institute", location["facility"]!.GetValue<string>());
        Assert.Equal("COMPLETED", location["status"]!.GetValue<string>());
        Assert.Equal(["Harbor City", "Oregon", "97000", "United States"], new[] { "city", "state", "zip", "country" }.Select(k => location[k]!.GetValue<string>()));
        Assert.Equal(
            ["Dana Whitfield/CONTACT", "Leo Marchetti/CONTACT", "Priya Raman, MD/PRINCIPAL_INVESTIGATOR", "Tomas Eklund, MD/SUB_INVESTIGATOR"],
            location["contacts"]!.AsArray().Select(c => $"{c!["name"]}/{c["role"]}"));
        Assert.Null(location["geoPoint"]);
    }

    [Fact]
    public void Mesh_terms_go_to_the_derived_section_without_ids()
    {
        var derived = _study["derivedSection"]!;

        Assert.Equal(
            ["Liver Cirrhosis", "Fibrosis", "Fatty Liver"],
            derived["conditionBrowseModule"]!["meshes"]!.AsArray().Select(m => m!["term"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"term":"Antifibrotic Agents"}]"""), derived["interventionBrowseModule"]!["meshes"]));
    }

    [Fact]
    public void Secondary_ids_and_aliases_stay_in_the_identification_module()
    {
        var identification = Protocol("identificationModule");

        Assert.Equal("TDX-HEP-204", identification["orgStudyIdInfo"]!["id"]!.GetValue<string>());
        Assert.Equal(["2015-004411-27", "R01DK990001"], identification["secondaryIdInfos"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(["NCT09900099"], Strings(identification["nctIdAliases"]));
    }

    [Fact]
    public void Sponsors_get_v2_agency_classes_and_the_source_takes_the_lead_sponsors_class()
    {
        var sponsors = Protocol("sponsorCollaboratorsModule");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"name":"Northwind Therapeutics","class":"INDUSTRY"}"""), sponsors["leadSponsor"]));
        Assert.Equal(["NIH", "FED"], sponsors["collaborators"]!.AsArray().Select(c => c!["class"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"fullName":"Northwind Therapeutics","class":"INDUSTRY"}"""), Protocol("identificationModule")["organization"]));
    }

    [Fact]
    public void A_record_with_clinical_results_has_results()
    {
        Assert.True(_study["hasResults"]!.GetValue<bool>());
    }
}
