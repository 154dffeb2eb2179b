namespace Trialdex.Web.Tests.Pages;

public sealed class TrialPageGoldenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("NCT05106972")]
    [InlineData("NCT03223454")]
    [InlineData("NCT03033277")]
    [InlineData("LOCAL-MELASMA-EXOSOMES")]
    [InlineData("LOCAL-IUA-IPS-EXO")]
    public async Task The_trial_page_of_each_seed_trial_matches_its_golden_html(string id)
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/" + id);

        GoldenHtml.Assert(id + ".html", PageHtml.MainElement(html));
    }
}
