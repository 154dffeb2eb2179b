namespace Trialdex.Core.Geo;

/// <summary>
/// Keys for country names, written the ways ClinicalTrials.gov and people write them: inverted with one comma
/// ("Korea, Republic of" and "Republic of Korea" both → "republic of korea"), with or without a leading "The",
/// and with a parenthesised part ("Turkey (Türkiye)") that may be left out or used alone.
/// </summary>
internal static class CountryKey
{
    /// <summary>The keys a country name in the data is found by: the whole name, and without its parentheses.</summary>
    public static IEnumerable<string> OfName(string name) =>
        new[] { Key(name), Key(Outside(name)) }.Where(key => key.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>The keys to try for written text, best first: as <see cref="OfName"/>, then the parenthesised part.</summary>
    public static IEnumerable<string> OfQuery(string text) =>
        new[] { Key(text), Key(Outside(text)), Key(Inside(text)) }.Where(key => key.Length > 0).Distinct(StringComparer.Ordinal);

    private static string Key(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var uninverted = comma >= 0 && text.IndexOf(',', comma + 1) < 0 ? $"{text[(comma + 1)..]} {text[..comma]}" : text;
        var key = PlaceKey.Of(uninverted);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static string Outside(string text) =>
        Parentheses(text) is var (open, close) ? $"{text[..open]} {text[(close + 1)..]}" : "";

    private static string Inside(string text) =>
        Parentheses(text) is var (open, close) ? text[(open + 1)..close] : "";

    private static (int Open, int Close)? Parentheses(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        return close > open ? (open, close) : null;
    }
}
