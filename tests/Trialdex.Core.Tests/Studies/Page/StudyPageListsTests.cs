using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Core.Tests.Studies.Page;

public sealed class StudyPageListsTests
{
    [Fact]
    public void Outcome_measures_come_primary_then_secondary_then_other_with_their_time_frames()
    {
        var outcomes = new OutcomesModule
        {
            PrimaryOutcomes = [new Outcome { Measure = "MASI", TimeFrame = "6 months" }],
            SecondaryOutcomes = [new Outcome { Measure = "Pain", Description = "VAS 0-10", TimeFrame = "1 day" }],
            OtherOutcomes = [new Outcome { Measure = "Satisfaction" }],
        };

        var page = StudyPage.From(new Study { ProtocolSection = new ProtocolSection { OutcomesModule = outcomes } });

        Assert.Equal(
            [
                new OutcomeMeasure("Primary", "MASI", null, "6 months"),
                new OutcomeMeasure("Secondary", "Pain", "VAS 0-10", "1 day"),
                new OutcomeMeasure("Other", "Satisfaction", null, null),
            ],
            page.Outcomes);
    }

    [Fact]
    public void Locations_give_the_site_its_status_in_words_and_its_contacts()
    {
        var location = new Location
        {
            Facility = "The Second Affiliated Hospital",
            City = "Chongqing",
            State = "Chongqing",
            Country = "China",
            Status = RecruitmentStatus.NotYetRecruiting,
            Contacts = [new Contact { Name = "Lina Hu", Role = ContactRole.PrincipalInvestigator, Phone = "86-23-63693707", PhoneExt = "12" }],
        };

        var page = StudyPage.From(new Study
        {
            ProtocolSection = new ProtocolSection { ContactsLocationsModule = new ContactsLocationsModule { Locations = [location] } },
        });

        var site = Assert.Single(page.Locations);
        Assert.Equal(("The Second Affiliated Hospital", "Chongqing", "Chongqing", "China", "Not yet recruiting"), (site.Facility, site.City, site.State, site.Country, site.Status));
        Assert.Equal(new PageContact("Lina Hu", "Principal Investigator", "86-23-63693707 ext. 12", null), Assert.Single(site.Contacts));
    }

    [Fact]
    public void Related_terms_are_the_condition_then_intervention_meshes_and_ancestors_each_once()
    {
        var derived = new DerivedSection
        {
            ConditionBrowseModule = new BrowseModule
            {
                Meshes = [new MeshTerm { Id = "D008103", Term = "Liver Cirrhosis" }],
                Ancestors = [new MeshTerm { Id = "D005355", Term = "Fibrosis" }, new MeshTerm { Id = "D008107", Term = "Liver Diseases" }],
            },
            InterventionBrowseModule = new BrowseModule
            {
                Meshes = [new MeshTerm { Term = "Liver Diseases" }],
                Ancestors = [new MeshTerm { Term = "Pharmaceutical Solutions" }],
            },
        };

        var page = StudyPage.From(new Study { DerivedSection = derived });

        Assert.Equal(["Liver Cirrhosis", "Fibrosis", "Liver Diseases", "Pharmaceutical Solutions"], page.RelatedTerms);
    }

    [Fact]
    public void An_empty_record_gives_a_page_with_no_sections_rather_than_failing()
    {
        var page = StudyPage.From(new Study());

        Assert.Equal(("", "", null, null, null), (page.Id, page.Title, page.Status, page.Eligibility, page.GroupSummary));
        Assert.Empty(page.Identifiers);
    }
}
