using System.Globalization;
using System.Net;
using System.Text;

namespace Trialdex.Web.Features.Landscape;

/// <summary>
/// Draws a <see cref="LandscapeChart"/> as SVG text (Razor reserves the <c>&lt;text&gt;</c> tag, so the chart is
/// written here): a horizontal bar per value, its label before it and its count after it, with
/// <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>. When bars have searches, each bar is a link named like
/// "Recruiting: 123 trials" and the drawing is a group of links; otherwise it is one image. Every label is HTML-encoded.
/// </summary>
internal static class ChartSvg
{
    private const int Width = 480;
    private const int LabelWidth = 150;
    private const int BarWidth = 270;
    private const int Row = 24;
    private const int Top = 4;
    private const int MaxLabel = 22;

    public static string Draw(LandscapeChart chart, Func<ChartBar, string?>? searchUrl = null)
    {
        var urls = chart.Bars.Select(b => searchUrl?.Invoke(b)).ToList();
        var linked = urls.Any(u => u is not null);
        var max = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => b.Count);
        var height = Top * 2 + chart.Bars.Count * Row;
        var id = "chart-" + chart.Key;
        var summary = string.Join("; ", chart.Bars.Select(b => $"{b.Label}: {Count(b.Count)}")) + ".";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {height}\" ");
        svg.Append(linked ? $"role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">" : $"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{E(chart.Description)} {E(summary)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{LabelWidth}\" y1=\"0\" x2=\"{LabelWidth}\" y2=\"{height}\"/>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var middle = Top + i * Row + Row / 2.0 + 4;
            var length = max == 0 ? 0 : Math.Max(bar.Count > 0 ? 1 : 0, BarWidth * bar.Count / (double)max);
            if (urls[i] is { } url)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(url)}\"><title>{E(bar.Label)}: {Count(bar.Count)} {(bar.Count == 1 ? "trial" : "trials")}</title>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{N(middle)}\" text-anchor=\"end\">{E(Short(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth + 1}\" y=\"{Top + i * Row + 3}\" width=\"{N(length)}\" height=\"{Row - 6}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LabelWidth + length + 6)}\" y=\"{N(middle)}\">{Count(bar.Count)}</text>");
            if (urls[i] is not null)
            {
                svg.Append("</a>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Short(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
