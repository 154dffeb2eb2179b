using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Core.Tests.Studies.Page;

public sealed class StudyIdentifierTests
{
    [Theory]
    [InlineData("ChiCTR2000031234", "https://www.chictr.org.cn/searchprojEN.html?regno=ChiCTR2000031234")]
    [InlineData("ChiCTR-IPR-17012345", "https://www.chictr.org.cn/searchprojEN.html?regno=ChiCTR-IPR-17012345")]
    [InlineData("2004-000123-45", "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2004-000123-45")]
    [InlineData("EudraCT 2015-001234-56", "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2015-001234-56")]
    [InlineData("2023-503456-12-00", "https://euclinicaltrials.eu/ctis-public/view/2023-503456-12-00")]
    [InlineData("ISRCTN12345678", "https://www.isrctn.com/ISRCTN12345678")]
    [InlineData("NCT01234567", "https://clinicaltrials.gov/study/NCT01234567")]
    [InlineData("SCT20181032", null)]
    [InlineData("R01 CA012345", null)]
    public void A_secondary_id_links_to_the_registry_its_form_names(string id, string? link)
    {
        var page = Page(new IdentificationModule { NctId = "NCT05106972", SecondaryIdInfos = [new SecondaryIdInfo { Id = id }] });

        Assert.Equal(link, page.Identifiers[1].Link?.AbsoluteUri);
    }

    [Fact]
    public void A_link_the_record_gives_wins_over_the_form_of_the_id()
    {
        var secondary = new SecondaryIdInfo { Id = "R01CA012345", Type = SecondaryIdType.Nih, Link = "https://reporter.nih.gov/quickSearch/R01CA012345" };

        var page = Page(new IdentificationModule { NctId = "NCT05106972", SecondaryIdInfos = [secondary] });

        Assert.Equal(new StudyIdentifier("R01CA012345", "U.S. NIH Grant/Contract", new Uri(secondary.Link)), page.Identifiers[1]);
    }

    [Fact]
    public void Identifiers_list_the_nct_number_then_the_org_study_id_then_secondary_ids_with_their_kind()
    {
        var page = Page(new IdentificationModule
        {
            NctId = "NCT03033277",
            OrgStudyIdInfo = new OrgStudyIdInfo { Id = "Multi-cited POI Recovery" },
            SecondaryIdInfos = [new SecondaryIdInfo { Id = "ChiCTR2000031234", Type = SecondaryIdType.Registry, Domain = "ChiCTR" }],
        });

        Assert.Equal(
            ["NCT number: NCT03033277", "Org study ID: Multi-cited POI Recovery", "Registry Identifier (ChiCTR): ChiCTR2000031234"],
            page.Identifiers.Select(i => $"{i.Kind}: {i.Id}"));
    }

    [Fact]
    public void A_local_id_is_no_nct_number_and_has_no_source_link()
    {
        var page = Page(new IdentificationModule { NctId = "LOCAL-IUA-IPS-EXO" });

        Assert.Equal(new StudyIdentifier("LOCAL-IUA-IPS-EXO", "Local ID", null), Assert.Single(page.Identifiers));
        Assert.Null(page.Source);
    }

    private static StudyPage Page(IdentificationModule identification) =>
        StudyPage.From(new Study { ProtocolSection = new ProtocolSection { IdentificationModule = identification } });
}
