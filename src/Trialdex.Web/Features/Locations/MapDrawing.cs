using System.Globalization;

namespace Trialdex.Web.Features.Locations;

/// <summary>A place to mark on a map: its position, how many trials are there, and what to call it.</summary>
public sealed record MapPoint(double Latitude, double Longitude, long Count, string Label);

/// <summary>A country shape as drawn: a link when <see cref="Href"/> is set, its title, and whether trials are there.</summary>
public sealed record MapCountry(AtlasCountry Country, string? Href, string Title, bool HasTrials);

/// <summary>A site drawn as a circle, in map units.</summary>
public sealed record MapCircle(double X, double Y, double Radius, string Label);

/// <summary>
/// Everything a <see cref="WorldMap"/> draws, computed here so the component only writes SVG: the visible box (the
/// world, or the points' bounding box with a margin), the countries, and the sites as circles whose area grows
/// with their count.
/// </summary>
public sealed record MapDrawing(string ViewBox, IReadOnlyList<MapCountry> Countries, IReadOnlyList<MapCircle> Circles, string Title)
{
    private const double MinZoomWidth = 100;
    private const double MaxRadius = 9;
    private const double MinRadius = 2;

    public static MapDrawing World(WorldAtlas atlas, IReadOnlyList<MapCountry> countries, IReadOnlyList<MapPoint> points, string title) =>
        new(Box(0, 0, atlas.Width, atlas.Height), countries, DrawCircles(atlas, points, 1), title);

    /// <summary>Every country drawn plain, not linked.</summary>
    public static IReadOnlyList<MapCountry> Plain(WorldAtlas atlas) => [.. atlas.Countries.Select(c => new MapCountry(c, null, c.Name, false))];

    /// <summary>Zoomed to the points' bounding box, with a margin (the world when there are none or they spread that wide).</summary>
    public static MapDrawing Fit(WorldAtlas atlas, IReadOnlyList<MapCountry> countries, IReadOnlyList<MapPoint> points, string title)
    {
        if (points.Count == 0)
        {
            return World(atlas, countries, points, title);
        }

        var projected = points.Select(p => atlas.Project(p.Latitude, p.Longitude)).ToList();
        double minX = projected.Min(p => p.X), maxX = projected.Max(p => p.X), minY = projected.Min(p => p.Y), maxY = projected.Max(p => p.Y);
        var width = Math.Max(MinZoomWidth, (maxX - minX) * 1.3);
        var height = Math.Max(width * atlas.Height / atlas.Width, (maxY - minY) * 1.3);
        width = Math.Max(width, height * atlas.Width / atlas.Height);
        if (width >= atlas.Width)
        {
            return World(atlas, countries, points, title);
        }

        var x = Math.Clamp((minX + maxX - width) / 2, 0, atlas.Width - width);
        var y = Math.Clamp((minY + maxY - height) / 2, 0, Math.Max(0, atlas.Height - height));
        return new MapDrawing(Box(x, y, width, height), countries, DrawCircles(atlas, points, width / atlas.Width), title);
    }

    private static List<MapCircle> DrawCircles(WorldAtlas atlas, IReadOnlyList<MapPoint> points, double zoom)
    {
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Count));
        return points
            .OrderByDescending(p => p.Count)
            .Select(p =>
            {
                var (x, y) = atlas.Project(p.Latitude, p.Longitude);
                var radius = Math.Max(MinRadius, MaxRadius * Math.Sqrt((double)p.Count / max)) * Math.Max(zoom, 0.05);
                return new MapCircle(Round(x), Round(y), Math.Round(radius, 2), p.Label);
            })
            .ToList();
    }

    private static string Box(double x, double y, double width, double height) =>
        string.Create(CultureInfo.InvariantCulture, $"{Round(x)} {Round(y)} {Round(width)} {Round(height)}");

    private static double Round(double value) => Math.Round(value, 1);
}
