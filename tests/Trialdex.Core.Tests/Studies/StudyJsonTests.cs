using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Studies;

public sealed class StudyJsonTests
{
    private static readonly Study Small = StudyJson.Parse(StudyCases.Bytes("small-study.json"));

    [Fact]
    public void A_small_study_parses_with_its_identification_and_status()
    {
        var protocol = Small.ProtocolSection!;
        var identification = protocol.IdentificationModule!;
        var status = protocol.StatusModule!;

        Assert.Equal("NCT09000001", Small.NctId);
        Assert.Equal(["NCT09000000"], identification.NctIdAliases!);
        Assert.Equal(OrgStudyIdType.Nih, identification.OrgStudyIdInfo!.Type);
        Assert.Equal(SecondaryIdType.EudractNumber, identification.SecondaryIdInfos![0].Type);
        Assert.Equal(AgencyClass.Other, identification.Organization!.Class);
        Assert.Equal("WALK", identification.Acronym);
        Assert.Equal(OverallStatus.NotYetRecruiting, status.OverallStatus);
        Assert.Equal(PartialDate.Parse("2099-03"), status.StatusVerifiedDate);
        Assert.Equal(new DateStruct { Date = new PartialDate(2100, 6), Type = DateType.Estimated }, status.PrimaryCompletionDateStruct);
        Assert.Equal(new PartialDate(2101), status.CompletionDateStruct!.Date);
        Assert.Equal(new PartialDate(2099, 3, 5), Small.LastUpdatePostDate);
        Assert.False(Small.HasResults);
    }

    [Fact]
    public void A_small_study_parses_with_its_design_arms_and_eligibility()
    {
        var protocol = Small.ProtocolSection!;
        var design = protocol.DesignModule!;
        var eligibility = protocol.EligibilityModule!;

        Assert.Equal(StudyType.Interventional, design.StudyType);
        Assert.Equal([Phase.NotApplicable], design.Phases!);
        Assert.Equal(DesignAllocation.Randomized, design.DesignInfo!.Allocation);
        Assert.Equal(InterventionalAssignment.Parallel, design.DesignInfo.InterventionModel);
        Assert.Equal([WhoMasked.Participant, WhoMasked.OutcomesAssessor], design.DesignInfo.MaskingInfo!.WhoMasked!);
        Assert.Equal(new EnrollmentInfo { Count = 120, Type = EnrollmentType.Estimated }, design.EnrollmentInfo);
        Assert.Equal(ArmGroupType.NoIntervention, protocol.ArmsInterventionsModule!.ArmGroups![1].Type);
        Assert.Equal(["Walking"], protocol.ArmsInterventionsModule.Interventions![0].ArmGroupLabels!);
        Assert.Equal(Sex.All, eligibility.Sex);
        Assert.Equal(new NormalizedTime(40, TimeUnit.Year), eligibility.MinimumAge);
        Assert.Equal([StandardAge.Adult, StandardAge.OlderAdult], eligibility.StdAges!);
        Assert.StartsWith("Inclusion Criteria:\n\n* Knee pain", eligibility.EligibilityCriteria, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_study_parses_with_its_locations_references_and_derived_terms()
    {
        var protocol = Small.ProtocolSection!;
        var location = protocol.ContactsLocationsModule!.Locations![0];
        var derived = Small.DerivedSection!;

        Assert.Equal(RecruitmentStatus.NotYetRecruiting, location.Status);
        Assert.Equal(new GeoPoint { Lat = 39.80172, Lon = -89.64371 }, location.GeoPoint);
        Assert.Equal(ContactRole.PrincipalInvestigator, location.Contacts![0].Role);
        Assert.Equal(OfficialRole.PrincipalInvestigator, protocol.ContactsLocationsModule.OverallOfficials![0].Role);
        Assert.Equal(ReferenceType.Background, protocol.ReferencesModule!.References![0].Type);
        Assert.Equal([IpdSharingInfoType.StudyProtocol, IpdSharingInfoType.Sap], protocol.IpdSharingStatementModule!.InfoTypes!);
        Assert.Equal(40, derived.MiscInfoModule!.ModelPredictions!.BmiLimits!.MaxBmi);
        Assert.Equal(new PartialDate(2099, 3, 6), derived.MiscInfoModule.VersionHolder);
        Assert.Equal(BrowseLeafRelevance.High, derived.ConditionBrowseModule!.BrowseLeaves![0].Relevance);
        Assert.Null(derived.InterventionBrowseModule);
    }

    [Fact]
    public void Unknown_sections_and_properties_are_ignored_at_every_level()
    {
        var json = """
            {
              "protocolSection": {
                "identificationModule": { "nctId": "NCT09000002", "futureId": { "deep": [1, 2, {"x": null}] } },
                "statusModule": { "overallStatus": "RECRUITING", "futureFlag": true },
                "futureModule": { "anything": ["NOT_AN_ENUM", 3.5] }
              },
              "resultsSection": { "participantFlowModule": { "groups": [{ "id": "FG000" }] } },
              "annotationSection": { "annotationModule": {} },
              "documentSection": { "largeDocumentModule": { "largeDocs": [{ "uploadDate": "2099-01-01T10:30" }] } },
              "futureTopLevel": 42,
              "hasResults": true
            }
            """u8;

        var study = StudyJson.Parse(json);

        Assert.Equal("NCT09000002", study.NctId);
        Assert.Equal(OverallStatus.Recruiting, study.ProtocolSection!.StatusModule!.OverallStatus);
        Assert.True(study.HasResults);
    }

    [Fact]
    public void An_empty_object_is_a_study_with_nothing_known()
    {
        var study = StudyJson.Parse("{}"u8);

        Assert.Null(study.NctId);
        Assert.Null(study.LastUpdatePostDate);
        Assert.Null(study.ProtocolSection);
    }

    [Fact]
    public void A_parsed_study_written_back_parses_to_the_same_values()
    {
        var again = StudyJson.Parse(StudyJson.ToUtf8Bytes(Small));

        Assert.Equal(StudyJson.ToUtf8Bytes(Small), StudyJson.ToUtf8Bytes(again));
        Assert.Equal(Small.ProtocolSection!.StatusModule, again.ProtocolSection!.StatusModule);
    }

    [Fact]
    public void A_study_is_written_with_API_names_and_without_unknown_fields()
    {
        var study = new Study { HasResults = false, ProtocolSection = new() { StatusModule = new() { OverallStatus = OverallStatus.Withheld } } };

        var json = System.Text.Encoding.UTF8.GetString(StudyJson.ToUtf8Bytes(study));

        Assert.Equal("""{"protocolSection":{"statusModule":{"overallStatus":"WITHHELD"}},"hasResults":false}""", json);
    }
}
