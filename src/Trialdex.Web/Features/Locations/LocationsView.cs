using Trialdex.Core.Search;

namespace Trialdex.Web.Features.Locations;

/// <summary>What the locations page shows: every country with its trial count, or one country's cities; and the map.</summary>
/// <param name="Country">The chosen country as the records write it, or null for the list of countries.</param>
/// <param name="Total">Trials in the chosen country, or in the whole index.</param>
/// <param name="Countries">Trials per country (all of them, most first).</param>
/// <param name="Cities">Trials per city of the chosen country, most first; empty without one.</param>
/// <param name="Map">The map, or null when this build has no atlas.</param>
public sealed record LocationsView(string? Country, long Total, IReadOnlyList<FacetCount> Countries, IReadOnlyList<PlaceCount> Cities, MapDrawing? Map)
{
    public static string SearchUrl(string country) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", "country", country);

    public static string CountryUrl(string country) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/locations", "country", country);

    public static string PlaceUrl(PlaceCount place) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", new Dictionary<string, string?>
        {
            ["place"] = $"{place.City}, {place.Country}",
            ["radius"] = CityRadius,
        });

    /// <summary>How far around a city's centre a city's trials are searched: sites are geocoded at city level.</summary>
    public const string CityRadius = "25km";
}
