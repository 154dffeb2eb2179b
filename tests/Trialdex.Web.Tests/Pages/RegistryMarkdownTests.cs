using Trialdex.Web.Features.Layout;

namespace Trialdex.Web.Tests.Pages;

public sealed class RegistryMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("[click](javascript:alert(1))", "<p>click</p>")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "<p>click</p>")]
    [InlineData("[rel](/admin)", "<p>rel</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("![alt text](https://example.org/x.png)", "<p>alt text</p>")]
    [InlineData("[x](https://example.org/ \"t\\\" onmouseover=\\\"a\")", "title=\"t&quot; onmouseover=&quot;a\"")]
    public void Registry_markdown_never_lets_markup_or_script_links_through(string text, string expected)
    {
        var html = RegistryMarkdown.ToHtml(text);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[site](https://example.org/a)", "<a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">site</a>")]
    [InlineData("write to [us](mailto:team@example.org)", "href=\"mailto:team@example.org\"")]
    [InlineData("see https://example.org/b for more", "<a href=\"https://example.org/b\"")]
    public void Registry_markdown_keeps_http_https_and_mailto_links(string text, string expected)
    {
        Assert.Contains(expected, RegistryMarkdown.ToHtml(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_markdown_keeps_line_breaks_and_lists()
    {
        var html = RegistryMarkdown.ToHtml("First line\nSecond line\n\n* one\n* two");

        Assert.Contains("First line<br />", html, StringComparison.Ordinal);
        Assert.Contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", html, StringComparison.Ordinal);
    }
}
