using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Units;

/// <summary>Time units as criteria write them ("years", "yrs", "y/o", "months", "mo", "wks", "d", "hrs").</summary>
internal static class TimeUnits
{
    private static readonly Dictionary<string, TimeUnit> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year,
        ["y"] = TimeUnit.Year, ["yo"] = TimeUnit.Year, ["y/o"] = TimeUnit.Year, ["a"] = TimeUnit.Year,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["mo"] = TimeUnit.Month, ["mos"] = TimeUnit.Month,
        ["mth"] = TimeUnit.Month, ["mths"] = TimeUnit.Month,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["wk"] = TimeUnit.Week, ["wks"] = TimeUnit.Week,
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["d"] = TimeUnit.Day,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["hr"] = TimeUnit.Hour, ["hrs"] = TimeUnit.Hour, ["h"] = TimeUnit.Hour,
        ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute, ["min"] = TimeUnit.Minute, ["mins"] = TimeUnit.Minute,
    };

    /// <summary>Rules out most words before the lookup in <see cref="Spellings"/>: every word after a value is tried as a time unit.</summary>
    private static readonly WordFilter SpellingFilter = new(Spellings.Keys);

    /// <summary>The time unit a word names, or null; "y/o" and "year-old" count as years.</summary>
    public static TimeUnit? Parse(string word)
    {
        var text = word.Trim().TrimEnd('.');
        if (text.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        return SpellingFilter.MayContain(text) && Spellings.TryGetValue(text, out var unit) ? unit : null;
    }

    /// <summary>Days in one unit, as <see cref="NormalizedTime.TotalDays"/> counts them (a month is 30.4375 days).</summary>
    public static double Days(TimeUnit unit) => new NormalizedTime(1, unit).TotalDays;
}
