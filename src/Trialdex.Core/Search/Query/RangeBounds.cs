using System.Globalization;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Search.Query;

/// <summary>Reads the bounds of RANGE[min, max]: MIN, MAX, a date, a number, or a number with a time unit.</summary>
internal static class RangeBounds
{
    private static readonly Dictionary<string, TimeUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["wk"] = TimeUnit.Week, ["wks"] = TimeUnit.Week,
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["hr"] = TimeUnit.Hour, ["hrs"] = TimeUnit.Hour,
        ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
    };

    private static readonly string[] UsDateFormats = ["M/d/yyyy", "MM/dd/yyyy"];

    /// <summary>The bound a trimmed, non-empty text means, or null when it is none.</summary>
    public static RangeBound? Parse(string text)
    {
        if (text.Equals("MIN", StringComparison.OrdinalIgnoreCase))
        {
            return new RangeBound(RangeBoundKind.Min, text);
        }

        if (text.Equals("MAX", StringComparison.OrdinalIgnoreCase))
        {
            return new RangeBound(RangeBoundKind.Max, text);
        }

        var number = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value : (decimal?)null;
        if (PartialDate.TryParse(text, out var date))
        {
            var kind = number is null ? RangeBoundKind.Date : RangeBoundKind.Number;
            return new RangeBound(kind, text) { Date = date.Earliest, LastDate = date.Latest, Number = number };
        }

        if (DateOnly.TryParseExact(text, UsDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new RangeBound(RangeBoundKind.Date, text) { Date = day, LastDate = day };
        }

        return number is not null ? new RangeBound(RangeBoundKind.Number, text) { Number = number } : ParseAge(text);
    }

    /// <summary>True when no value can lie between the bounds: MAX below anything, anything above MIN, or min &gt; max.</summary>
    public static bool IsEmpty(RangeBound min, RangeBound max) =>
        (min.Kind == RangeBoundKind.Max && max.Kind != RangeBoundKind.Max)
        || (max.Kind == RangeBoundKind.Min && min.Kind != RangeBoundKind.Min)
        || (min.Kind == max.Kind && min.Kind switch
        {
            RangeBoundKind.Date => min.Date > max.LastDate,
            RangeBoundKind.Number => min.Number > max.Number,
            RangeBoundKind.Age => min.AgeDays > max.AgeDays,
            _ => false,
        });

    // "18 years", "6 Months", "16weeks": a plain non-negative number, optional spaces, a unit.
    private static RangeBound? ParseAge(string text)
    {
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || text[digits] == '.'))
        {
            digits++;
        }

        if (digits == 0
            || !decimal.TryParse(text.AsSpan(0, digits), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !Units.TryGetValue(text[digits..].TrimStart(), out var unit))
        {
            return null;
        }

        return new RangeBound(RangeBoundKind.Age, text) { AgeDays = new NormalizedTime(value, unit).TotalDays };
    }
}
