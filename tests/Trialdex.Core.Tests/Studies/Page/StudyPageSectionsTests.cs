using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Core.Tests.Studies.Page;

public sealed class StudyPageSectionsTests
{
    [Theory]
    [InlineData(DesignMasking.None, "None (Open label)")]
    [InlineData(DesignMasking.Double, "Double Blind")]
    [InlineData(DesignMasking.Quadruple, "Quadruple Blind")]
    public void Masking_reads_as_blinding(DesignMasking masking, string expected)
    {
        var page = Page(new ProtocolSection { DesignModule = Design(new MaskingInfo { Masking = masking }) });

        Assert.Equal(expected, page.Design?.Masking);
    }

    [Fact]
    public void Masking_names_who_is_masked_when_the_record_says()
    {
        var masking = new MaskingInfo { Masking = DesignMasking.Double, WhoMasked = [WhoMasked.Participant, WhoMasked.OutcomesAssessor] };

        var page = Page(new ProtocolSection { DesignModule = Design(masking) });

        Assert.Equal("Double Blind (Participant, Outcomes Assessor)", page.Design?.Masking);
    }

    [Fact]
    public void Dates_read_in_words_and_mark_estimates()
    {
        var status = new StatusModule
        {
            StudyFirstPostDateStruct = new DateStruct { Date = PartialDate.Parse("2017-07-21"), Type = DateType.Actual },
            StartDateStruct = new DateStruct { Date = PartialDate.Parse("2017-10"), Type = DateType.Estimated },
            CompletionDateStruct = new DateStruct { Date = PartialDate.Parse("2021") },
        };

        var dates = Page(new ProtocolSection { StatusModule = status }).Dates;

        Assert.Equal(new RecordDates { FirstPosted = "July 21, 2017", Start = "October 2017 (estimated)", Completion = "2021" }, dates);
    }

    [Fact]
    public void An_unknown_status_keeps_the_last_status_the_sponsor_reported()
    {
        var status = new StatusModule { OverallStatus = OverallStatus.Unknown, LastKnownStatus = OverallStatus.Recruiting };

        var page = Page(new ProtocolSection { StatusModule = status });

        Assert.Equal(new StudyStatusText("Unknown status", OverallStatus.Unknown, "Recruiting"), page.Status);
    }

    [Fact]
    public void Funder_types_list_the_lead_sponsor_and_collaborator_kinds_once_each()
    {
        var sponsors = new SponsorCollaboratorsModule
        {
            LeadSponsor = new Sponsor { Name = "Chinese Academy of Sciences", Class = AgencyClass.Other },
            Collaborators = [new Sponsor { Class = AgencyClass.Industry }, new Sponsor { Class = AgencyClass.Other }, new Sponsor { Class = AgencyClass.Nih }],
        };

        var page = Page(new ProtocolSection { SponsorCollaboratorsModule = sponsors });

        Assert.Equal("Chinese Academy of Sciences", page.Sponsor);
        Assert.Equal(["Other", "Industry", "NIH"], page.FunderTypes);
    }

    [Fact]
    public void Without_a_brief_title_the_official_title_heads_the_page_and_is_not_repeated()
    {
        var page = Page(new ProtocolSection
        {
            IdentificationModule = new IdentificationModule { NctId = "NCT01234567", OfficialTitle = "A Randomized Trial" },
        });

        Assert.Equal("A Randomized Trial", page.Title);
        Assert.Null(page.OfficialTitle);
    }

    [Fact]
    public void Groups_without_an_enrollment_count_are_still_summarised()
    {
        var arms = new ArmsInterventionsModule { ArmGroups = [new ArmGroup { Label = "A" }, new ArmGroup { Label = "B", Type = ArmGroupType.ShamComparator }] };

        var page = Page(new ProtocolSection { ArmsInterventionsModule = arms });

        Assert.Equal("2 patient groups", page.GroupSummary);
    }

    [Fact]
    public void Treatments_name_the_intervention_type_in_words()
    {
        var arms = new ArmsInterventionsModule
        {
            Interventions =
            [
                new Intervention { Type = InterventionType.DietarySupplement, Name = "Vitamin D" },
                new Intervention { Name = "Usual care" },
            ],
        };

        Assert.Equal(["Dietary Supplement: Vitamin D", "Usual care"], Page(new ProtocolSection { ArmsInterventionsModule = arms }).Treatments);
    }

    private static DesignModule Design(MaskingInfo masking) =>
        new() { DesignInfo = new DesignInfo { PrimaryPurpose = PrimaryPurpose.Treatment, MaskingInfo = masking } };

    private static StudyPage Page(ProtocolSection protocol) => StudyPage.From(new Study { ProtocolSection = protocol });
}
