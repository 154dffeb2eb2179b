using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Trialdex.Web.Tests.Browser;

/// <summary>The site as a person uses it, in headless Chromium against the real <c>trialdex serve</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SiteBrowserTests(BrowserSite site)
{
    private const string SeedTitle = "Umbilical Cord Mesenchymal Stem Cell Transplantation for Decompensated Hepatitis B Cirrhosis";

    [BrowserFact]
    public async Task Search_then_filter_then_open_a_trial_shows_every_seed_section_with_the_seed_facts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Condition or keywords").FillAsync("cirrhosis");
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync(), "/search\\?");

        // Filters apply when the button is pressed, not on change (WCAG 3.2.2).
        await page.Locator("aside.filters").GetByLabel(new Regex("^Recruiting")).First.CheckAsync();
        await BrowserSite.FollowAsync(page, () => page.Locator("aside.filters").GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync(), "status=rec");
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = SeedTitle }).ClickAsync(), "/trial/NCT05106972$");

        var article = page.Locator("article.trial");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedTitle);
        foreach (var heading in new[] { "Details and patient eligibility", "Trial design", "Trial contacts and locations", "Record dates", "Inclusion criteria", "Exclusion criteria" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        }

        foreach (var fact in new[] { "Recruiting", "Liver Cirrhosis", "Drug: UC-MSC infusion", "20 to 60 years old", "No Healthy Volunteers", "Aged between 20 and 60" })
        {
            await Assertions.Expect(article).ToContainTextAsync(fact);
        }

        await BrowserSite.ScreenshotAsync(page, "search-filter-trial");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_place_search_with_a_radius_lists_the_nearest_site_and_its_distance()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/locations");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Trials near a place" }).FillAsync("Chongqing, China");
        await page.GetByLabel("Distance").SelectOptionAsync("100km");
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Find trials" }).ClickAsync(), "place=Chongqing");

        var results = page.Locator("ol.results > li");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#results-title")).ToContainTextAsync("within 100km of Chongqing");
        await Assertions.Expect(results.First).ToContainTextAsync("Chongqing Test Hospital");
        await Assertions.Expect(results.First).ToContainTextAsync(new Regex(@"\d+ km"));
        await BrowserSite.ScreenshotAsync(page, "place-search");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_a_country_on_the_map_searches_the_trials_there()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/locations");
        await BrowserSite.FollowAsync(page, () => page.Locator("figure.world-map a[href='/search?country=China']").ClickAsync(), "/search\\?country=China$");
        await Assertions.Expect(page.Locator("#results-title")).ToContainTextAsync("4 trials");
        await Assertions.Expect(page.Locator("ol.results")).ToContainTextAsync("Beijing");
        await BrowserSite.ScreenshotAsync(page, "map-click");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Paging_moves_through_the_results_and_the_back_button_returns_to_the_first_page()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?cond=cirrhosis");
        var first = await page.Locator("ol.results > li h3").First.InnerTextAsync();
        await Assertions.Expect(page.Locator("ol.results > li")).ToHaveCountAsync(10);

        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync(), "page=2");
        await Assertions.Expect(page.Locator("ol.results")).ToHaveAttributeAsync("start", "11");
        await Assertions.Expect(page.Locator("ol.results > li h3").First).Not.ToHaveTextAsync(first);
        await BrowserSite.ScreenshotAsync(page, "paging-page-2");

        await page.GoBackAsync(); // waits for the navigation itself
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("cond=cirrhosis$"));
        await Assertions.Expect(page.Locator("ol.results > li h3").First).ToHaveTextAsync(first);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_search_and_a_landscape_chart_download_as_csv_with_a_header_row()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?cond=cirrhosis");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.Equal("trialdex-search.csv", download.SuggestedFilename);
        var lines = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("NCTId,BriefTitle,OverallStatus,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("NCT05106972,", StringComparison.Ordinal));

        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Charts of this search (landscape)" }).ClickAsync(), "/landscape\\?cond=cirrhosis");
        var chart = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download “Trials by recruitment status” as CSV" }).ClickAsync());
        var rows = await File.ReadAllLinesAsync((await chart.PathAsync())!);
        Assert.Equal("Status,trials", rows[0]);
        Assert.Contains("Recruiting,6", rows);
        await BrowserSite.ScreenshotAsync(page, "landscape");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Keyboard_alone_searches_and_opens_a_trial_with_the_focus_always_visible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await TabUntilAsync(page, "el => el.id === 'term'");
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.TypeAsync("cirrhosis");
        await BrowserSite.FollowAsync(page, () => page.Keyboard.PressAsync("Enter"), "/search\\?term=cirrhosis");

        await TabUntilAsync(page, "el => el.matches('ol.results a[href^=\"/trial/\"]')", limit: 120);
        await AssertFocusVisibleAsync(page);
        await BrowserSite.ScreenshotAsync(page, "keyboard-focus");
        await BrowserSite.FollowAsync(page, () => page.Keyboard.PressAsync("Enter"), "/trial/");
        await Assertions.Expect(page.Locator("article.trial h1")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task At_phone_width_no_page_scrolls_sideways()
    {
        var page = await site.NewPageAsync(375, 740);
        foreach (var (name, url) in Pages)
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
            await BrowserSite.ScreenshotAsync(page, "phone-" + name);
            Assert.True(width <= 375, $"{url} is {width} px wide at a 375 px viewport");
        }

        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_accessibility_audit_finds_nothing_serious_on_any_page()
    {
        var page = await site.NewPageAsync();
        var found = new List<string>();
        foreach (var (name, url) in Pages)
        {
            await page.GotoAsync(url);
            found.AddRange((await AxeAudit.SeriousViolationsAsync(page)).Select(v => $"{url}: {v}"));
            await BrowserSite.ScreenshotAsync(page, "audit-" + name);
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task No_page_logs_a_console_error_a_script_error_or_a_content_security_policy_violation()
    {
        var page = await site.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);

        foreach (var (_, url) in Pages.Append(("landscape-all", "/landscape")))
        {
            var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response?.Ok, $"{url}: {response?.Status}");
            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        }

        Assert.True(problems.Found.Count == 0, string.Join("\n", problems.Found));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_problem_watch_catches_an_inline_script_and_an_inline_style_the_policy_blocks()
    {
        var page = await site.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await page.EvaluateAsync("""
            () => {
                const script = document.createElement("script");
                script.textContent = "document.title = 'injected'";
                document.body.append(script);
                document.body.setAttribute("style", "color: red");
            }
            """);

        await Assertions.Expect(page).Not.ToHaveTitleAsync("injected");
        await page.WaitForTimeoutAsync(500); // the violation events are queued as tasks
        Assert.Contains(problems.Found, p => p.Contains("CSP violation: script-src", StringComparison.Ordinal));
        Assert.Contains(problems.Found, p => p.Contains("CSP violation: style-src", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_a_landscape_bar_searches_the_trials_it_counts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/landscape?cond=cirrhosis");
        var bar = page.Locator("svg[aria-labelledby='chart-country-title'] a").Filter(new() { Has = page.Locator("title", new() { HasTextString = "China:" }) });
        await Assertions.Expect(bar).ToHaveCountAsync(1);
        await BrowserSite.FollowAsync(page, () => bar.ClickAsync(), "/search\\?cond=cirrhosis&country=China$");
        await Assertions.Expect(page.Locator("#results-title")).ToContainTextAsync("4 trials");
        await page.Context.CloseAsync();
    }

    private static readonly (string Name, string Url)[] Pages =
    [
        ("home", "/"), ("search", "/search?cond=cirrhosis&place=Chongqing&radius=1000km"), ("trial", "/trial/NCT05106972"),
        ("trial-with-site", "/trial/" + Trialdex.Tests.TestStudies.Id(3)), ("locations", "/locations"), ("locations-country", "/locations?country=China"),
        ("landscape", "/landscape?cond=cirrhosis"), ("qualify", "/qualify"), ("qualify-trial", "/qualify?trial=NCT05106972"),
    ];

    private static async Task TabUntilAsync(IPage page, string predicate, int limit = 30)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => ({predicate})(document.activeElement)"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the element ({predicate}) in {limit} presses");
    }

    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"the focused element has no visible outline ({outline})");
    }
}
