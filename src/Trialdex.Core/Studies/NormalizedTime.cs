using System.Globalization;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// An age or duration as the registry normalizes it: a number, one space and a unit ("18 Years", "6 Months",
/// "1 Year", "12 Hours"). Used for minimum/maximum age and target duration.
/// </summary>
[JsonConverter(typeof(NormalizedTimeJsonConverter))]
public readonly record struct NormalizedTime
{
    private static readonly string[] UnitNames = ["Minute", "Hour", "Day", "Week", "Month", "Year"];
    private static readonly double[] DaysPerUnit = [1.0 / 1440, 1.0 / 24, 1, 7, 30.4375, 365.25];

    /// <summary>Makes a time from a non-negative value and its unit.</summary>
    public NormalizedTime(decimal value, TimeUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a time unit.");
        }

        Value = value;
        Unit = unit;
    }

    /// <summary>The number as written (its decimal scale is kept, so "1.50" stays "1.50").</summary>
    public decimal Value { get; }

    public TimeUnit Unit { get; }

    /// <summary>The length in days (a year is 365.25 days, a month 30.4375), to compare ages across units.</summary>
    public double TotalDays => (double)Value * DaysPerUnit[(int)Unit];

    /// <summary>Parses "18 Years"; throws <see cref="FormatException"/> naming the text when it is not a normalized time.</summary>
    public static NormalizedTime Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not a valid time (expected e.g. '18 Years').");

    /// <summary>
    /// Parses a non-negative number (digits, optionally a point and more digits), one space, and one of
    /// Minute, Hour, Day, Week, Month, Year in singular or plural. Nothing else is accepted.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NormalizedTime time)
    {
        time = default;
        var space = text.IndexOf(' ');
        if (space <= 0 || !IsPlainNumber(text[..space])
            || !decimal.TryParse(text[..space], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var unitText = text[(space + 1)..];
        if (unitText.EndsWith('s'))
        {
            unitText = unitText[..^1];
        }

        for (var unit = 0; unit < UnitNames.Length; unit++)
        {
            if (unitText.SequenceEqual(UnitNames[unit]))
            {
                time = new NormalizedTime(value, (TimeUnit)unit);
                return true;
            }
        }

        return false;
    }

    /// <summary>The registry's text: the value, a space and the unit, singular only for exactly 1 ("1 Year", "18 Years").</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} {UnitNames[(int)Unit]}{(Value == 1 ? "" : "s")}");

    private static bool IsPlainNumber(ReadOnlySpan<char> number)
    {
        var point = number.IndexOf('.');
        var whole = point < 0 ? number : number[..point];
        var fraction = point < 0 ? [] : number[(point + 1)..];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }
}
