using System.Globalization;
using System.Text.RegularExpressions;

namespace Trialdex.Web.Tests.Pages;

public sealed partial class ContrastTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_status_colour_pair_in_the_stylesheet_meets_wcag_aa_text_contrast()
    {
        var (_, html) = await PageHtml.GetAsync(_client, "/");
        var href = Regex.Match(html, "href=\"(/assets/site.css[^\"]*)\"").Groups[1].Value;
        var (_, css) = await PageHtml.GetAsync(_client, System.Net.WebUtility.HtmlDecode(href));

        var rules = StatusRule().Matches(css);
        Assert.True(rules.Count >= 6, "the status colour rules were not found");
        foreach (Match rule in rules)
        {
            var ratio = Contrast(rule.Groups["bg"].Value, rule.Groups["fg"].Value);
            Assert.True(ratio >= 4.5, $"{rule.Groups["selectors"].Value.Trim()}: contrast {ratio:F2} is below 4.5:1");
        }
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + (i * 2), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [GeneratedRegex(@"(?<selectors>(?:\.status-[a-z-]+,?\s*)+)\{\s*background:\s*(?<bg>#[0-9a-f]{6});\s*color:\s*(?<fg>#[0-9a-f]{6});", RegexOptions.IgnoreCase)]
    private static partial Regex StatusRule();
}
