using System.Globalization;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// A registry date known to the year, the month or the day: exactly "2017", "2017-10" or "2017-10-05".
/// Sorts by the first day it can mean, then the less precise first ("2017" &lt; "2017-01" &lt; "2017-01-01").
/// <c>default(PartialDate)</c> (year 0) is not a date; make values with the constructor or <see cref="Parse"/>.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Makes a date of the given precision; throws when the parts do not form a real date.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a valid partial date.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>1 to 12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when only the year or month is known.</summary>
    public int? Day { get; }

    /// <summary>The first day the date can mean: 2017-10 → 2017-10-01. For sorting and range filters.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean: 2017-02 → 2017-02-28.</summary>
    public DateOnly Latest => Day is { } day ? new(Year, Month!.Value, day)
        : Month is { } month ? new(Year, month, DateTime.DaysInMonth(Year, month))
        : new(Year, 12, 31);

    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd"; throws <see cref="FormatException"/> on anything else.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a valid date (expected yyyy, yyyy-MM or yyyy-MM-dd).");

    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd" exactly: no spaces, signs, times or other separators.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10)
            || !TryDigits(text[..4], out var year)
            || (text.Length >= 7 && text[4] != '-')
            || (text.Length == 10 && text[7] != '-'))
        {
            return false;
        }

        int? month = null, day = null;
        if (text.Length >= 7)
        {
            month = TryDigits(text.Slice(5, 2), out var m) ? m : -1;
        }

        if (text.Length == 10)
        {
            day = TryDigits(text.Slice(8, 2), out var d) ? d : -1;
        }

        if (!IsValid(year, month, day))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses the UTF-8 text of a date, as <see cref="TryParse(ReadOnlySpan{char}, out PartialDate)"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out PartialDate date)
    {
        date = default;
        if (utf8Text.Length > 10)
        {
            return false;
        }

        Span<char> chars = stackalloc char[utf8Text.Length];
        for (var i = 0; i < utf8Text.Length; i++)
        {
            chars[i] = (char)utf8Text[i];
        }

        return TryParse(chars, out date);
    }

    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The date as the registry writes it: "2017", "2017-10" or "2017-10-05".</summary>
    public override string ToString() => Day is { } day ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{day:D2}")
        : Month is { } month ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    private int Precision => Day is not null ? 2 : Month is not null ? 1 : 0;

    private static bool IsValid(int year, int? month, int? day) =>
        year is >= 1 and <= 9999
        && (month is null || month is >= 1 and <= 12)
        && (day is null || (month is { } m && day >= 1 && day <= DateTime.DaysInMonth(year, m)));

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
