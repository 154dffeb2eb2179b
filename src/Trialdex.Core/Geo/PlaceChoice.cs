using System.Globalization;

namespace Trialdex.Core.Geo;

/// <summary>
/// Picks among the places a name matched: the most populous, then the higher-ranking seat (capital, division
/// seat, other place), then the first in the file; and says in words what it picked and what it passed over.
/// A place that has the name only as an alternate name counts a tenth of its population, so the name's own
/// bearer wins ("Saint-Pierre" is not Saint-Pierre-des-Corps) unless the other is far larger ("Roma" is Rome).
/// </summary>
internal sealed class PlaceChoice(CountryTable countries, AdminTable admins, PlaceTable places)
{
    private const long AliasDiscount = 10;

    public GeocodeResult Choose(string name, List<PlaceMatch> candidates, string? within, IEnumerable<string> notes)
    {
        var ordered = candidates
            .OrderByDescending(match => places[match.Place].Population / (match.ByAlias ? AliasDiscount : 1))
            .ThenBy(match => places[match.Place].Rank)
            .ThenBy(match => match.Place)
            .ToList();
        var best = places[ordered[0].Place];
        var scope = within is null ? "" : $" in {within}";
        var mostPopulous = ordered.TrueForAll(match => places[match.Place].Population <= best.Population);
        var explanation = ordered.Count == 1
            ? $"{Describe(best)}: the only place named \"{name}\"{scope}."
            : $"{Describe(best)}{Population(best)}: the most populous of {ordered.Count} places named \"{name}\"{scope}"
                + (mostPopulous ? "" : " whose own name it is")
                + $"; next: {Describe(places[ordered[1].Place])}{Population(places[ordered[1].Place])}.";
        if (ordered[0].ByAlias)
        {
            explanation += $" \"{name}\" is another name for {best.Name}.";
        }

        explanation = string.Join(' ', notes.Prepend(explanation));
        return new GeocodeResult(
            best.Name,
            admins.NameOf(best.Country, best.Admin1),
            countries[best.Country].Name,
            best.Latitude,
            best.Longitude,
            best.Population,
            ordered.Count - 1,
            explanation);
    }

    private string Describe(GazetteerPlace place) =>
        string.Join(", ", new[] { place.Name, admins.NameOf(place.Country, place.Admin1), countries[place.Country].Name }.OfType<string>());

    private static string Population(GazetteerPlace place) =>
        place.Population > 0 ? string.Create(CultureInfo.InvariantCulture, $" (population {place.Population:N0})") : "";
}
