using Microsoft.Playwright;

namespace Trialdex.Web.Tests.Browser;

/// <summary>
/// What a page complains about while a test drives it: console errors and warnings (Chromium logs blocked loads and
/// policy refusals there), uncaught script errors, and Content-Security-Policy violations as the page's own
/// <c>securitypolicyviolation</c> event reports them, each prefixed with the URL it happened on.
/// </summary>
internal sealed class PageProblems
{
    private readonly List<string> _found = [];
    private readonly IPage _page;

    private PageProblems(IPage page) => _page = page;

    public IReadOnlyList<string> Found => _found;

    public static async Task<PageProblems> WatchAsync(IPage page)
    {
        var problems = new PageProblems(page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"script error: {error}");

        // The listener is added through the DevTools protocol, which the page's policy does not govern.
        await page.ExposeFunctionAsync("reportCspViolation", (string violation) => problems.Add($"CSP violation: {violation}"));
        await page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
                window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        return problems;
    }

    private void Add(string problem)
    {
        lock (_found)
        {
            _found.Add($"{_page.Url}: {problem}");
        }
    }
}
