using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Core.Tests.Studies.Page;

public sealed class EligibilitySectionTests
{
    [Fact]
    public void Criteria_keep_the_page_numbering_and_point_into_the_record_text()
    {
        var eligibility = PageJson.Of("LOCAL-IUA-IPS-EXO").Eligibility!;

        var demographics = eligibility.Inclusion[0];
        var women = Assert.Single(demographics.Children);

        Assert.Equal(("1)", "o"), (demographics.Marker, women.Marker));
        Assert.Equal("Females aged 20-40 years with fertility desire", eligibility.Text.Substring(women.Span.Start, women.Span.Length));
    }

    [Fact]
    public void Criteria_without_headings_are_kept_as_unclassified()
    {
        var page = StudyPage.From(new Study
        {
            ProtocolSection = new ProtocolSection { EligibilityModule = new EligibilityModule { EligibilityCriteria = "* Adults\n* Signed consent" } },
        });

        Assert.Equal(["Adults", "Signed consent"], page.Eligibility!.Unclassified.Select(c => c.Text));
        Assert.Empty(page.Eligibility.Inclusion);
    }

    [Fact]
    public void A_record_without_criteria_text_has_no_eligibility_section()
    {
        var page = StudyPage.From(new Study
        {
            ProtocolSection = new ProtocolSection { EligibilityModule = new EligibilityModule { EligibilityCriteria = "  ", Sex = Sex.All } },
        });

        Assert.Null(page.Eligibility);
    }
}
