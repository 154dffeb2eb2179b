using System.Text.Json;
using Microsoft.Playwright;

namespace Trialdex.Web.Tests.Browser;

/// <summary>
/// The automated accessibility audit: axe-core (from npm, copied beside the tests) evaluated in the page through
/// the DevTools protocol, which the page's Content-Security-Policy does not govern, so the policy stays on.
/// </summary>
internal static class AxeAudit
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    /// <summary>The serious and critical violations on the page, one line each ("color-contrast (serious): …").</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const result = await axe.run(document, { resultTypes: ["violations"] });
                return JSON.stringify(result.violations
                    .filter(v => v.impact === "serious" || v.impact === "critical")
                    .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
