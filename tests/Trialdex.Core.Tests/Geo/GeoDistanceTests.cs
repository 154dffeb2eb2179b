using Trialdex.Core.Geo;

namespace Trialdex.Core.Tests.Geo;

/// <summary>Great-circle distances and ClinicalTrials.gov's <c>distance(lat,lon,radius)</c> filter.</summary>
public sealed class GeoDistanceTests
{
    private const double OneDegreeKm = GeoDistance.EarthRadiusKm * Math.PI / 180;

    [Fact]
    public void A_point_is_no_distance_from_itself()
    {
        Assert.Equal(0, GeoDistance.DistanceKm(48.86, 2.35, 48.86, 2.35));
    }

    [Fact]
    public void One_degree_along_the_equator_or_a_meridian_is_the_same_arc()
    {
        Assert.Equal(OneDegreeKm, GeoDistance.DistanceKm(0, 10, 0, 11), 6);
        Assert.Equal(OneDegreeKm, GeoDistance.DistanceKm(10, 30, 11, 30), 6);
    }

    [Fact]
    public void The_shortest_way_crosses_the_date_line()
    {
        Assert.Equal(OneDegreeKm, GeoDistance.DistanceKm(0, 179.5, 0, -179.5), 6);
    }

    [Fact]
    public void Antipodes_are_half_the_circumference_apart()
    {
        Assert.Equal(Math.PI * GeoDistance.EarthRadiusKm, GeoDistance.DistanceKm(90, 0, -90, 0), 6);
        Assert.Equal(Math.PI * GeoDistance.EarthRadiusKm, GeoDistance.DistanceKm(0, 0, 0, 180), 6);
    }

    [Fact]
    public void Paris_to_London_is_about_344_km_either_way()
    {
        var there = GeoDistance.DistanceKm(48.8566, 2.3522, 51.5074, -0.1278);
        var back = GeoDistance.DistanceKm(51.5074, -0.1278, 48.8566, 2.3522);

        Assert.InRange(there, 340, 347);
        Assert.Equal(there, back, 9);
    }

    [Fact]
    public void A_circle_contains_its_edge_and_not_beyond()
    {
        var circle = new GeoDistance(0, 0, OneDegreeKm);

        Assert.True(circle.Contains(0, 0.999999));
        Assert.True(circle.Contains(0, -1));
        Assert.False(circle.Contains(0, 1.000001));
    }

    [Theory]
    [InlineData("distance(39.0035707,-77.1013313,50mi)", 39.0035707, -77.1013313, 80.4672)]
    [InlineData("DISTANCE( 39.0 , -77.1 , 100km )", 39.0, -77.1, 100)]
    [InlineData("distance(39,-77,25)", 39, -77, 40.2336)]
    [InlineData("  distance(-90,180,0.5km)  ", -90, 180, 0.5)]
    public void A_distance_filter_parses_to_its_centre_and_radius_in_km(string text, double latitude, double longitude, double km)
    {
        Assert.True(GeoDistance.TryParse(text, out var distance));

        Assert.Equal(latitude, distance.Latitude, 9);
        Assert.Equal(longitude, distance.Longitude, 9);
        Assert.Equal(km, distance.RadiusKm, 9);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("distance(91,0,5mi)")]
    [InlineData("distance(0,180.5,5mi)")]
    [InlineData("distance(0,0,0mi)")]
    [InlineData("distance(0,0,-5mi)")]
    [InlineData("distance(0,0)")]
    [InlineData("distance(0,0,5mi,1)")]
    [InlineData("distance(0,0,5 parsecs)")]
    [InlineData("dist(0,0,5mi)")]
    [InlineData("distance(0,0,5mi")]
    [InlineData("distance(1e1,0,5mi)")]
    [InlineData("distance(NaN,0,5mi)")]
    [InlineData("distance(0,0,Infinitymi)")]
    [InlineData("distance(,0,5mi)")]
    public void Anything_else_is_not_a_distance_filter(string? text)
    {
        Assert.False(GeoDistance.TryParse(text, out var distance));
        Assert.Null(distance);
    }

    [Theory]
    [InlineData("100km", 100)]
    [InlineData("50mi", 80.4672)]
    [InlineData("25 miles", 40.2336)]
    [InlineData("1 mile", 1.609344)]
    [InlineData("10 kilometres", 10)]
    [InlineData("10 kilometers", 10)]
    [InlineData(" 1.5 KM ", 1.5)]
    [InlineData(".5km", 0.5)]
    [InlineData("7", 11.265408)]
    public void A_radius_with_a_unit_becomes_kilometres(string text, double km)
    {
        Assert.True(GeoDistance.TryParseRadiusKm(text, out var parsed));

        Assert.Equal(km, parsed, 9);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("km")]
    [InlineData("-5km")]
    [InlineData("0mi")]
    [InlineData("5 m")]
    [InlineData("5 furlongs")]
    [InlineData("five miles")]
    [InlineData("1e3km")]
    [InlineData("5..5km")]
    [InlineData("5 km km")]
    public void A_radius_without_a_positive_number_or_with_another_unit_is_refused(string? text)
    {
        Assert.False(GeoDistance.TryParseRadiusKm(text, out var parsed));
        Assert.Equal(0, parsed);
    }
}
