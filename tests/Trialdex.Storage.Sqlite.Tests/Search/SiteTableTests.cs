using Microsoft.Data.Sqlite;
using Trialdex.Core.Geo;
using Trialdex.Storage.Sqlite.Search;

namespace Trialdex.Storage.Sqlite.Tests.Search;

/// <summary>The sites within a distance, read from the snapshot's arrays, are those the haversine distance puts there.</summary>
public sealed class SiteTableTests
{
    [Theory]
    [InlineData(42.36, -71.06, 1.0)]
    [InlineData(42.36, -71.06, 80.4672)]
    [InlineData(29.56, 106.55, 300.0)]
    [InlineData(-33.87, 151.21, 2500.0)]
    public void Within_keeps_exactly_the_sites_the_haversine_distance_keeps_even_at_the_edge(double latitude, double longitude, double radiusKm)
    {
        // Given sites scattered around a centre, and sites a hair inside and outside the circle's edge
        var geo = new GeoDistance(latitude, longitude, radiusKm);
        var random = new Random(7);
        var points = new List<(double Latitude, double Longitude)>();
        for (var i = 0; i < 4000; i++)
        {
            var spread = 3 * radiusKm / 111.0;
            points.Add((latitude + ((random.NextDouble() - 0.5) * spread), longitude + ((random.NextDouble() - 0.5) * spread)));
        }

        foreach (var factor in new[] { 1 - 1e-9, 1 - 1e-12, 1.0, 1 + 1e-12, 1 + 1e-9, 1 - 1e-6, 1 + 1e-6 })
        {
            for (var bearing = 0.0; bearing < 360; bearing += 7.5)
            {
                points.Add(Destination(latitude, longitude, bearing, radiusKm * factor));
            }
        }

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE study_locations (study_id INTEGER, country TEXT, city TEXT, latitude REAL, longitude REAL)";
            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO study_locations VALUES ($id, 'Somewhere', 'Town', $lat, $lon)";
            var (id, lat, lon) = (insert.Parameters.Add("$id", SqliteType.Integer), insert.Parameters.Add("$lat", SqliteType.Real), insert.Parameters.Add("$lon", SqliteType.Real));
            for (var i = 0; i < points.Count; i++)
            {
                (id.Value, lat.Value, lon.Value) = (i, points[i].Latitude, points[i].Longitude);
                insert.ExecuteNonQuery();
            }
        }

        var sites = SiteTable.Build(connection, points.Count);

        // When the table finds the sites within the distance
        var inside = sites.Within(geo);

        // Then each site is inside exactly when it is in the box and its haversine distance is within the radius
        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = GeoSql.Box(geo);
        var disagreements = Enumerable.Range(0, points.Count).Where(i =>
        {
            var (pointLatitude, pointLongitude) = points[i];
            var expected = pointLatitude >= minLatitude && pointLatitude <= maxLatitude && pointLongitude >= minLongitude && pointLongitude <= maxLongitude
                && GeoDistance.DistanceKm(pointLatitude, pointLongitude, latitude, longitude) <= radiusKm;
            return expected != ((inside[i >> 6] & (1UL << (i & 63))) != 0);
        }).ToList();
        Assert.Empty(disagreements);
        Assert.Contains(Enumerable.Range(0, points.Count), i => (inside[i >> 6] & (1UL << (i & 63))) != 0);
    }

    private static (double Latitude, double Longitude) Destination(double latitude, double longitude, double bearingDegrees, double km)
    {
        var (phi, lambda, theta, delta) = (double.DegreesToRadians(latitude), double.DegreesToRadians(longitude), double.DegreesToRadians(bearingDegrees), km / GeoDistance.EarthRadiusKm);
        var phi2 = Math.Asin((Math.Sin(phi) * Math.Cos(delta)) + (Math.Cos(phi) * Math.Sin(delta) * Math.Cos(theta)));
        var lambda2 = lambda + Math.Atan2(Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi), Math.Cos(delta) - (Math.Sin(phi) * Math.Sin(phi2)));
        return (double.RadiansToDegrees(phi2), double.RadiansToDegrees(lambda2));
    }
}
