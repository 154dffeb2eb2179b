using System.Globalization;

namespace Trialdex.Core.Geo;

/// <summary>Latitudes and longitudes as text: plain decimal degrees, signed, no exponent, within range.</summary>
internal static class Degrees
{
    public const double MaxLatitude = 90;
    public const double MaxLongitude = 180;

    public static bool TryParse(ReadOnlySpan<char> text, double limit, out double degrees) =>
        double.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out degrees)
        && Math.Abs(degrees) <= limit;
}
