using System.Globalization;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// A minimum or maximum age as the XML gives it ("18 Years", "6 Months"; "N/A" means none), kept as text
/// for API v2 and measured in years for the standard age groups.
/// </summary>
internal sealed record LegacyAge(string Text, decimal Years)
{
    private const decimal DaysPerYear = 365.25m;

    /// <summary>The age in <paramref name="element"/>; null when absent, blank or "N/A".</summary>
    public static LegacyAge? Read(RecordElement? element)
    {
        var text = XmlFields.Value(element);
        if (text is null || text.Equals("N/A", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !int.TryParse(text.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || UnitsPerYear(text[(space + 1)..]) is not { } perYear)
        {
            throw element!.Unknown(text);
        }

        return new LegacyAge(text, count / perYear);
    }

    /// <summary>
    /// The API v2 standard ages the range overlaps: CHILD below 18 years, ADULT 18 to 64, OLDER_ADULT 65 and over;
    /// a maximum of "17 Years" means up to that birthday, so it excludes ADULT.
    /// </summary>
    public static IEnumerable<string> StandardAges(LegacyAge? minimum, LegacyAge? maximum)
    {
        var from = minimum?.Years ?? 0m;
        var to = maximum?.Years ?? decimal.MaxValue;
        if (from < 18m)
        {
            yield return "CHILD";
        }

        if (from < 65m && to >= 18m)
        {
            yield return "ADULT";
        }

        if (to >= 65m)
        {
            yield return "OLDER_ADULT";
        }
    }

    private static decimal? UnitsPerYear(string unit) => unit.TrimEnd('s') switch
    {
        "Year" => 1m,
        "Month" => 12m,
        "Week" => DaysPerYear / 7m,
        "Day" => DaysPerYear,
        "Hour" => DaysPerYear * 24m,
        "Minute" => DaysPerYear * 24m * 60m,
        _ => null,
    };
}
