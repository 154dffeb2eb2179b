using Microsoft.Data.Sqlite;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Distance search in SQL: each candidate study's sites are found by study id, a latitude/longitude box cheaply
/// rules most of them out, then the registered <c>distance_km</c> function (haversine) decides. (SQLite's plan probes
/// the sites by study id, not through the latitude/longitude index; searches from memory use the site table instead.)
/// </summary>
internal static class GeoSql
{
    private const double KmPerDegree = 111.32;

    /// <summary>The latitude/longitude box around the circle that narrows the sites before the distance decides.</summary>
    public static (double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude) Box(GeoDistance geo)
    {
        var latitudeSpan = geo.RadiusKm / KmPerDegree;
        var longitudeSpan = Math.Min(180, geo.RadiusKm / (KmPerDegree * Math.Max(0.01, Math.Cos(geo.Latitude * Math.PI / 180))));
        return (geo.Latitude - latitudeSpan, geo.Latitude + latitudeSpan, geo.Longitude - longitudeSpan, geo.Longitude + longitudeSpan);
    }

    public static string Within(GeoDistance geo, SqlParameters parameters)
    {
        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = Box(geo);
        return $"""
            EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id
              AND x.latitude BETWEEN {parameters.Add(minLatitude)} AND {parameters.Add(maxLatitude)}
              AND x.longitude BETWEEN {parameters.Add(minLongitude)} AND {parameters.Add(maxLongitude)}
              AND distance_km(x.latitude, x.longitude, {parameters.Add(geo.Latitude)}, {parameters.Add(geo.Longitude)}) <= {parameters.Add(geo.RadiusKm)})
            """;
    }

    public static string NearestDistance(GeoDistance geo, SqlParameters parameters) =>
        $"(SELECT min(distance_km(x.latitude, x.longitude, {parameters.Add(geo.Latitude)}, {parameters.Add(geo.Longitude)})) FROM study_locations x WHERE x.study_id = s.id AND x.latitude IS NOT NULL)";

    public static NearestSite? Nearest(SqliteConnection connection, string nctId, GeoDistance geo)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT x.facility, x.city, x.state, x.country, distance_km(x.latitude, x.longitude, $lat, $lon) AS d, x.geo_approximate
            FROM study_locations x JOIN studies s ON s.id = x.study_id
            WHERE s.nct_id = $id AND x.latitude IS NOT NULL ORDER BY d LIMIT 1
            """;
        command.Parameters.AddWithValue("$id", nctId);
        command.Parameters.AddWithValue("$lat", geo.Latitude);
        command.Parameters.AddWithValue("$lon", geo.Longitude);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new NearestSite(Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Math.Round(reader.GetDouble(4), 1), reader.GetInt64(5) == 1)
            : null;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
