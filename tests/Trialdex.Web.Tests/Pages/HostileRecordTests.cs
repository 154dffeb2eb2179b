using System.Text.RegularExpressions;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Trialdex.Core.Import;
using Trialdex.Tests;

namespace Trialdex.Web.Tests.Pages;

/// <summary>Records written to attack the page: none of their markup may reach it as markup.</summary>
public sealed class HostileRecordTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string Id = "NCT10000666";
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        var study = TestStudies.Node(
            Id,
            title: "\"><img src=x onerror=alert(1)><script>alert('title')</script>",
            criteria: "Inclusion Criteria:\n\n* <script>alert('criteria')</script>\n* <img src=x onerror=alert(2)>\n\nExclusion Criteria:\n\n* [bad](javascript:alert(3))");
        var protocol = study["protocolSection"]!.AsObject();
        protocol["descriptionModule"] = new JsonObject
        {
            ["briefSummary"] = "Hello <script>alert('summary')</script> [click me](javascript:alert(4)) [ok](https://example.org/a?b=1) <javascript:alert(5)> ![x](https://evil.example/p.png)",
            ["detailedDescription"] = "<a href=\"javascript:alert(6)\" onclick=\"alert(7)\">raw</a> <div style=\"color:red\" onmouseover=\"alert(8)\">styled</div> [mail](mailto:team@example.org) [data](data:text/html;base64,PHNjcmlwdD4=)",
        };
        protocol["sponsorCollaboratorsModule"] = new JsonObject { ["leadSponsor"] = new JsonObject { ["name"] = "<b onmouseover=alert(9)>Sponsor</b>", ["class"] = "OTHER" } };
        var site = protocol["contactsLocationsModule"]!["locations"]![0]!.AsObject();
        site["facility"] = "<script>alert('facility')</script>\"><svg onload=alert(10)>";
        site["contacts"] = new JsonArray(new JsonObject { ["name"] = "<i>Dr</i>", ["email"] = "x\"onmouseover=\"alert(11)@example.org", ["phone"] = "javascript:alert(12)" });

        var json = Encoding.UTF8.GetBytes(study.ToJsonString());
        await new StudyImporter(factory.Store).ImportAsync([new RawRecord("hostile", Id, SourceFormat.ApiV2Json, json)], new ImportProgress(), null, null, default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_trial_page_shows_hostile_text_as_text()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/" + Id);

        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;criteria&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;facility&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=alert(9)&gt;Sponsor&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        // The only SVG is the site map Trialdex draws itself.
        Assert.Equal(Regex.Count(html, "class=\"world-map\"><svg "), Regex.Count(html, "<svg"));
    }

    [Fact]
    public async Task Registry_markdown_keeps_only_http_https_and_mailto_links()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/trial/" + Id);

        Assert.Contains("href=\"https://example.org/a?b=1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:team@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("click me", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_records_in_search_results_and_the_feed_stay_text()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?term=onerror");
        Assert.Contains(Id, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);

        var (_, xml) = await PageHtml.GetAsync(_client, "/search.atom?term=onerror");
        var title = XDocument.Parse(xml).Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Last().Value;
        Assert.StartsWith("\"><img src=x onerror=alert(1)>", title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_search_shows_the_nearest_site_and_its_distance()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/search?place=Chongqing%2C%20China&radius=50km&sort=distance");

        Assert.Contains(Id, html, StringComparison.Ordinal);
        Assert.Matches(@"within 50km of Chongqing", html);
        Assert.Matches(@"Nearest site:</dt> <dd>&lt;script&gt;.*Chongqing, China — about [0-9.,]+ km</dd>", html);
    }
}
