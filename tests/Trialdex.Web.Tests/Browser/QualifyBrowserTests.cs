using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Trialdex.Web.Tests.Browser;

/// <summary>"Could I qualify?" as a person uses it, in headless Chromium against the real <c>trialdex serve</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QualifyBrowserTests(BrowserSite site)
{
    private const string PoiTitle = "Human Umbilical Cord Mesenchymal Stem Cells (HUC-MSCs) Transplantation in Women With Primary Ovarian Insufficiency (POI)";

    [BrowserFact]
    public async Task Filling_the_form_lists_the_trials_and_the_keyboard_opens_a_trial_explanation_that_passes_the_audit()
    {
        var page = await site.NewPageAsync();
        var problems = await PageProblems.WatchAsync(page);
        await page.GotoAsync("/");
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Could I qualify?" }).ClickAsync(), "/qualify$");

        await page.GetByLabel("Age (years)").FillAsync("45");
        await page.GetByLabel("Sex").SelectOptionAsync("female");
        await page.GetByLabel("Conditions").FillAsync("primary ovarian insufficiency");
        await page.GetByLabel("Recruiting only").UncheckAsync();
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Check trials" }).ClickAsync(), "/qualify$"); // posted: the answers are in no URL

        var trial = page.Locator("li.qualify-trial").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = PoiTitle }) });
        await Assertions.Expect(trial.Locator("p.verdict")).ToHaveTextAsync(new Regex("You probably do not qualify\\s+because: Maximum age: 40 Years"));
        var explanation = trial.Locator("details.explanation");
        await Assertions.Expect(explanation).Not.ToHaveAttributeAsync("open", "");

        for (var i = 0; i < 80 && !await trial.Locator("summary").EvaluateAsync<bool>("el => el === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(explanation).ToHaveAttributeAsync("open", "");
        var age = explanation.Locator("li.criterion").Filter(new() { HasTextString = "Maximum age: 40 Years" });
        await Assertions.Expect(age).ToBeVisibleAsync();
        await Assertions.Expect(age).ToContainTextAsync("Not met");

        var violations = await AxeAudit.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(problems.Found.Count == 0, string.Join("\n", problems.Found));
        await BrowserSite.ScreenshotAsync(page, "qualify-results");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task At_phone_width_a_trial_page_link_screens_that_trial_and_nothing_scrolls_sideways()
    {
        var page = await site.NewPageAsync(375, 740);
        await page.GotoAsync("/trial/NCT05106972");
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Could I qualify for this trial?" }).ClickAsync(), "/qualify\\?trial=NCT05106972$");

        await page.GetByLabel("Clinical note").FillAsync("52-year-old man with decompensated hepatitis B cirrhosis. ECOG 1.");
        await BrowserSite.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Check this trial" }).ClickAsync(), "/qualify$");

        await Assertions.Expect(page.Locator("li.qualify-trial")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("li.qualify-trial p.verdict")).ToContainTextAsync("qualify");
        await page.Locator("li.qualify-trial summary").ClickAsync();
        var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        await BrowserSite.ScreenshotAsync(page, "phone-qualify-results");
        Assert.True(width <= 375, $"the results are {width} px wide at a 375 px viewport");

        var violations = await AxeAudit.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Without_javascript_an_unreadable_age_is_shown_next_to_the_field_and_the_corrected_form_is_screened()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/qualify");
        await page.GetByLabel("Age (years)").FillAsync("forty-five");
        await page.GetByLabel("Conditions").FillAsync("liver cirrhosis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check trials" }).ClickAsync();

        var age = page.GetByLabel("Age (years)");
        await Assertions.Expect(age).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(age).ToHaveAccessibleDescriptionAsync(new Regex("whole number of years"));
        await Assertions.Expect(age).ToHaveValueAsync("forty-five");
        await Assertions.Expect(page.GetByLabel("Conditions")).ToHaveValueAsync("liver cirrhosis");

        await age.FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check trials" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.qualify-trial").First).ToBeVisibleAsync();
        await Assertions.Expect(age).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await context.CloseAsync();
    }
}
