using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Trialdex.Web.Features.Layout;

/// <summary>
/// Registry text (summaries, descriptions) is markdown-ish, with line breaks that matter: this turns it into HTML that is safe to put in a page.
/// Raw HTML in the text is escaped, not passed through; links survive only when they go to http, https or
/// mailto (anything else, <c>javascript:</c> included, becomes its text); images become their alt text.
/// </summary>
internal static class RegistryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .Build();

    /// <summary>The text as safe HTML (paragraphs, lists, emphasis, checked links).</summary>
    public static string ToHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafe(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>True for an absolute http, https or mailto URL.</summary>
    public static bool IsSafe(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    // The link's text stays, in its place, without the link.
    private static void Unwrap(LinkInline link)
    {
        Inline at = link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            at.InsertAfter(child);
            at = child;
        }

        link.Remove();
    }
}
