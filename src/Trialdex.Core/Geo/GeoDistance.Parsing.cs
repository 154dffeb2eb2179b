using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Trialdex.Core.Geo;

public sealed partial record GeoDistance
{
    private const string Function = "distance(";

    private static readonly (string Unit, double Kilometres)[] Units =
    [
        ("km", 1), ("kms", 1), ("kilometer", 1), ("kilometers", 1), ("kilometre", 1), ("kilometres", 1),
        ("mi", KilometresPerMile), ("mile", KilometresPerMile), ("miles", KilometresPerMile),
    ];

    /// <summary>
    /// Reads ClinicalTrials.gov's geo filter, <c>distance(latitude,longitude,radius)</c>, where the radius is a
    /// number with an optional unit, <c>mi</c> or <c>km</c> (miles when none is given, as ClinicalTrials.gov
    /// does). Spaces are allowed around the parts and case is ignored. False for anything else, including a
    /// latitude or longitude out of range and a radius that is not greater than zero.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out GeoDistance? distance)
    {
        distance = null;
        var span = text.AsSpan().Trim();
        if (!span.StartsWith(Function, StringComparison.OrdinalIgnoreCase) || !span.EndsWith(')'))
        {
            return false;
        }

        var inner = span[Function.Length..^1];
        Span<Range> parts = stackalloc Range[4];
        if (inner.Split(parts, ',') != 3
            || !Degrees.TryParse(inner[parts[0]], Degrees.MaxLatitude, out var latitude)
            || !Degrees.TryParse(inner[parts[1]], Degrees.MaxLongitude, out var longitude)
            || !TryParseRadiusKm(inner[parts[2]], out var radiusKm))
        {
            return false;
        }

        distance = new GeoDistance(latitude, longitude, radiusKm);
        return true;
    }

    /// <summary>
    /// Reads a radius such as "100km", "50mi", "25 miles" or "10 kilometres" into kilometres; a bare number is
    /// miles. False when there is no positive number or the unit is not one of km, kilometre(s), kilometer(s),
    /// mi, mile(s).
    /// </summary>
    public static bool TryParseRadiusKm(string? text, out double kilometres) => TryParseRadiusKm(text.AsSpan(), out kilometres);

    private static bool TryParseRadiusKm(ReadOnlySpan<char> text, out double kilometres)
    {
        kilometres = 0;
        text = text.Trim();
        var numberLength = 0;
        while (numberLength < text.Length && (char.IsAsciiDigit(text[numberLength]) || text[numberLength] == '.'))
        {
            numberLength++;
        }

        if (!double.TryParse(text[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number)
            || number <= 0
            || UnitKilometres(text[numberLength..].Trim()) is not { } perUnit)
        {
            return false;
        }

        kilometres = number * perUnit;
        return double.IsFinite(kilometres);
    }

    private static double? UnitKilometres(ReadOnlySpan<char> unit)
    {
        if (unit.IsEmpty)
        {
            return KilometresPerMile;
        }

        foreach (var (name, perUnit) in Units)
        {
            if (unit.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return perUnit;
            }
        }

        return null;
    }
}
