using System.Net;
using System.Text.RegularExpressions;

namespace Trialdex.Web.Tests.Pages;

/// <summary>Fetching pages and checking what every page must hold: security headers and no inline code.</summary>
internal static partial class PageHtml
{
    public static async Task<(HttpResponseMessage Response, string Html)> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: expected {(int)expected}, got {(int)response.StatusCode}\n{html}");
        AssertSecurityHeaders(response);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            AssertNoInlineCode(html);
        }

        return (response, html);
    }

    public static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), new[] { "same-origin", "strict-origin-when-cross-origin" });
    }

    /// <summary>No inline script, no style element or attribute, no event-handler attribute, no javascript: URL.</summary>
    public static void AssertNoInlineCode(string html)
    {
        foreach (Match script in ScriptTag().Matches(html))
        {
            Assert.True(script.Groups["attrs"].Value.Contains("src=", StringComparison.Ordinal) && script.Groups["body"].Value.Trim().Length == 0, $"inline script: {script.Value}");
        }

        Assert.DoesNotMatch(StyleElementOrAttribute(), html);
        Assert.DoesNotMatch(EventAttribute(), html);
        Assert.DoesNotMatch(ScriptUrl(), html);
    }

    /// <summary>The &lt;main&gt; element of a page.</summary>
    public static string MainElement(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the page has no <main> element");
        return html[start..(end + "</main>".Length)];
    }

    [GeneratedRegex(@"<script(?<attrs>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<style[\s>]|<[a-z][^>]*\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElementOrAttribute();

    [GeneratedRegex(@"(?:href|src|action)\s*=\s*[""']?\s*(?:javascript|data|vbscript):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();

    /// <summary>The hrefs of links to trial pages, in page order.</summary>
    public static List<string> TrialLinks(string html) =>
        [.. Regex.Matches(html, "href=\"/trial/([A-Za-z0-9-]+)\"").Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}
