using System.Globalization;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Legacy dates ("June 2006", "June 15, 2006") as API v2 ISO dates ("2006-06", "2006-06-15"), and the
/// <c>type</c> attribute (Actual, Anticipated, Estimate) as the v2 date struct's ACTUAL or ESTIMATED.
/// </summary>
internal static class LegacyDates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] IsoFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>The ISO date of <paramref name="element"/>, or null when it is absent or blank.</summary>
    public static string? Date(RecordElement? element)
    {
        if (element is null || XmlFields.Value(element) is not { } text)
        {
            return null;
        }

        return Parse(text) ?? throw element.Error($"unreadable date in <{element.LocalName}>: '{text}'");
    }

    /// <summary>Writes a v2 date struct (<c>{"date","type"}</c>) for <paramref name="element"/>, left out when it is absent or blank.</summary>
    public static void Struct(V2JsonWriter json, string name, RecordElement? element)
    {
        if (Date(element) is not { } date)
        {
            return;
        }

        json.Object(name);
        json.String("date", date);
        json.String("type", LegacyEnums.ActualOrEstimated.Map(element!.Attribute("type")));
        json.End();
    }

    /// <summary>"Month yyyy", "Month d, yyyy", or an ISO yyyy, yyyy-MM, yyyy-MM-dd date; null when it is none of these.</summary>
    public static string? Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = parts.Length is 2 or 3 ? Array.FindIndex(Months, m => m.Equals(parts[0], StringComparison.OrdinalIgnoreCase)) + 1 : 0;
        return (parts.Length, month) switch
        {
            (1, _) => Iso(text),
            (2, > 0) when Year(parts[1]) is { } year => Format(year, month, null),
            (3, > 0) when Year(parts[2]) is { } year && Day(parts[1]) is { } day => Format(year, month, day),
            _ => null,
        };
    }

    private static string? Format(int year, int month, int? day)
    {
        if (day is not { } d)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        }

        return d <= DateTime.DaysInMonth(year, month) ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{d:D2}") : null;
    }

    private static int? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000 ? year : null;

    private static int? Day(string text) =>
        text.EndsWith(',') && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1
            ? day
            : null;

    private static string? Iso(string text) =>
        text.Length is 4 or 7 or 10 && DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? text
            : null;
}
