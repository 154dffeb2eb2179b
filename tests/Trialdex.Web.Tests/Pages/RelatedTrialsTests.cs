using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Tests;

namespace Trialdex.Web.Tests.Pages;

public sealed class RelatedTrialsTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        var records = new[]
        {
            Study(1, "Liver Cirrhosis", "RECRUITING"),
            Study(2, "Liver Cirrhosis", "COMPLETED"),
            Study(3, "Asthma", "RECRUITING"),
        };
        await new StudyImporter(factory.Store).ImportAsync(records, new ImportProgress(), null, null, default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task See_also_lists_other_trials_sharing_a_mesh_term_with_their_status_and_phase()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/" + TestStudies.Id(1));
        var seeAlso = html[html.IndexOf("id=\"see-also\"", StringComparison.Ordinal)..html.IndexOf("id=\"dates\"", StringComparison.Ordinal)];

        Assert.Equal([TestStudies.Id(2)], PageHtml.TrialLinks(seeAlso));
        Assert.Contains("<span class=\"status status-completed\">Completed</span>", seeAlso, StringComparison.Ordinal);
        Assert.Contains("Phase 1, Phase 2", seeAlso, StringComparison.Ordinal);
        Assert.Contains("Related conditions &amp; MeSH terms", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?cond=Liver%20Cirrhosis\">Liver Cirrhosis</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trial_sharing_no_term_has_no_see_also_section()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/" + TestStudies.Id(3));

        Assert.DoesNotContain("id=\"see-also\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_filter_keeps_the_trials_with_a_site_there_and_counts_them()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?country=China");

        Assert.Equal([TestStudies.Id(1), TestStudies.Id(2), TestStudies.Id(3)], PageHtml.TrialLinks(PageHtml.MainElement(html)).Order());
        Assert.Matches(@"name=""country"" value=""China"" checked />\s*<label for=""f-country-0"">China <span class=""count"">\(3\)</span>", html);
    }

    private static RawRecord Study(int n, string mesh, string status)
    {
        var study = TestStudies.Node(TestStudies.Id(n), status: status, title: $"Related test study {n}");
        study["derivedSection"] = new JsonObject
        {
            ["conditionBrowseModule"] = new JsonObject { ["meshes"] = new JsonArray(new JsonObject { ["id"] = "D000001", ["term"] = mesh }) },
        };
        return new RawRecord("related", TestStudies.Id(n), SourceFormat.ApiV2Json, Encoding.UTF8.GetBytes(study.ToJsonString()));
    }
}
