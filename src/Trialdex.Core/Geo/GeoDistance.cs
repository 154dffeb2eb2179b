namespace Trialdex.Core.Geo;

/// <summary>
/// A circle on the Earth's surface: the distance filter of a search, "within <see cref="RadiusKm"/> of this
/// point". ClinicalTrials.gov writes it <c>distance(39.0035707,-77.1013313,50mi)</c>; see <see cref="TryParse"/>.
/// </summary>
/// <param name="Latitude">The centre, degrees north (−90 to 90).</param>
/// <param name="Longitude">The centre, degrees east (−180 to 180).</param>
/// <param name="RadiusKm">The radius in kilometres, greater than zero.</param>
public sealed partial record GeoDistance(double Latitude, double Longitude, double RadiusKm)
{
    /// <summary>The mean radius of the Earth (IUGG), in kilometres, that <see cref="DistanceKm"/> uses.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Kilometres in one international mile.</summary>
    public const double KilometresPerMile = 1.609344;

    /// <summary>
    /// The great-circle (haversine) distance between two points in kilometres. It treats the Earth as a sphere,
    /// which is within 0.5% of the ellipsoid: far finer than the city-level points it is used with.
    /// </summary>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var halfLatitude = double.DegreesToRadians(latitude2 - latitude1) / 2;
        var halfLongitude = double.DegreesToRadians(longitude2 - longitude1) / 2;
        var h = (Math.Sin(halfLatitude) * Math.Sin(halfLatitude))
            + (Math.Cos(double.DegreesToRadians(latitude1)) * Math.Cos(double.DegreesToRadians(latitude2))
                * Math.Sin(halfLongitude) * Math.Sin(halfLongitude));
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Clamp(h, 0, 1)));
    }

    /// <summary>Whether a point lies within the circle, its edge included.</summary>
    public bool Contains(double latitude, double longitude) =>
        DistanceKm(Latitude, Longitude, latitude, longitude) <= RadiusKm;
}
