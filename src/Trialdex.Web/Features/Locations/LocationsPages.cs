using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Search;
using Trialdex.Core.Store;

namespace Trialdex.Web.Features.Locations;

/// <summary><c>/locations</c>: trials by country, then by city (<c>?country=China</c>), on a world map.</summary>
internal static class LocationsPages
{
    /// <summary>How many places the world map marks: the busiest ones; the tables list them all.</summary>
    private const int MapPoints = 400;

    public static IEndpointRouteBuilder MapLocationsPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/locations", PageAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> PageAsync(HttpContext context, IStudyStore store, CancellationToken ct)
    {
        var breakdown = await store.BreakdownAsync(new SearchRequest { PageSize = 0 }, ct);
        var asked = context.Request.Query["country"].ToString().Trim();
        var country = asked.Length == 0 ? null : breakdown.Countries.FirstOrDefault(c => string.Equals(c.Value, asked, StringComparison.OrdinalIgnoreCase));
        var atlas = WorldAtlas.Bundled;
        if (country is null)
        {
            var map = atlas is null ? null : MapDrawing.World(atlas, Countries(atlas, breakdown.Countries), Points(breakdown.Places.Take(MapPoints)), WorldTitle(breakdown));
            var view = new LocationsView(null, breakdown.Studies, breakdown.Countries, [], map);
            return new RazorComponentResult<LocationsPage>(new { View = view }) { StatusCode = asked.Length == 0 ? 200 : StatusCodes.Status404NotFound };
        }

        var cities = breakdown.Places.Where(p => string.Equals(p.Country, country.Value, StringComparison.Ordinal)).ToList();
        var zoomed = atlas is null ? null : MapDrawing.Fit(atlas, Countries(atlas, breakdown.Countries), Points(cities), $"Map of trial sites in {country.Value}: {cities.Count} {(cities.Count == 1 ? "city" : "cities")}");
        return new RazorComponentResult<LocationsPage>(new { View = new LocationsView(country.Value, country.Count, breakdown.Countries, cities, zoomed) });
    }

    private static string WorldTitle(SearchBreakdown breakdown) =>
        $"World map of trial sites: {breakdown.Countries.Count} {(breakdown.Countries.Count == 1 ? "country" : "countries")}; choose a country to search its trials";

    /// <summary>Every country of the atlas as a link to its trials; a country with none links to an empty search all the same.</summary>
    private static List<MapCountry> Countries(WorldAtlas atlas, IReadOnlyList<FacetCount> counts)
    {
        var byShape = counts
            .Select(c => (Count: c, Shape: atlas.Find(c.Value)))
            .Where(p => p.Shape is not null)
            .GroupBy(p => p.Shape!.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Count.Count).First().Count, StringComparer.Ordinal);
        return [.. atlas.Countries.Select(shape => byShape.TryGetValue(shape.Code, out var count)
            ? new MapCountry(shape, LocationsView.SearchUrl(count.Value), $"{count.Value}: {Trials(count.Count)}", true)
            : new MapCountry(shape, LocationsView.SearchUrl(shape.Name), $"{shape.Name}: no trials", false))];
    }

    private static List<MapPoint> Points(IEnumerable<PlaceCount> places) =>
        [.. places.Where(p => p.Latitude is not null && p.Longitude is not null)
            .Select(p => new MapPoint(p.Latitude!.Value, p.Longitude!.Value, p.Studies, $"{p.City ?? "(no city)"}, {p.Country}: {Trials(p.Studies)}"))];

    internal static string Trials(long count) => count == 1 ? "1 trial" : $"{count:N0} trials";
}
