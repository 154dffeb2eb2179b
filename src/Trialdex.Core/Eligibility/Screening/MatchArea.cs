using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Geo;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>A place and radius to look for trial sites in, resolved through the gazetteer.</summary>
/// <param name="Place">The place the gazetteer chose, with its explanation.</param>
/// <param name="Distance">The circle searched (filter.geo).</param>
public sealed record MatchArea(GeocodeResult Place, GeoDistance Distance)
{
    /// <summary>The radius used when none is given.</summary>
    public const string DefaultRadius = "100km";

    /// <summary>Resolves a place name and a radius ("100km", "50mi"); the error says which part is wrong, in words for a person.</summary>
    public static MatchArea? Resolve(string place, string? radius, Gazetteer? gazetteer, out string? error)
    {
        ArgumentNullException.ThrowIfNull(place);
        error = null;
        if (!GeoDistance.TryParseRadiusKm(string.IsNullOrWhiteSpace(radius) ? DefaultRadius : radius, out var radiusKm))
        {
            error = "the radius must be a distance such as 100km or 50mi";
            return null;
        }

        if (gazetteer?.Find(place) is not { } found)
        {
            error = gazetteer is null ? "no gazetteer is bundled in this build, so places cannot be found" : $"no place called '{place}' is known";
            return null;
        }

        return new MatchArea(found, new GeoDistance(found.Latitude, found.Longitude, radiusKm));
    }

    /// <summary>
    /// The circle around the patient's own location, for a radius given without a place: its coordinates when it
    /// has them, else its place through the gazetteer. The error never quotes the patient's place.
    /// </summary>
    public static GeoDistance? AroundPatient(PatientLocation? location, string radius, Gazetteer? gazetteer, out string? error)
    {
        ArgumentNullException.ThrowIfNull(radius);
        error = null;
        if (!GeoDistance.TryParseRadiusKm(radius, out var radiusKm))
        {
            error = "the radius must be a distance such as 100km or 50mi";
            return null;
        }

        if (location is { Latitude: { } latitude, Longitude: { } longitude })
        {
            return new GeoDistance(latitude, longitude, radiusKm);
        }

        if (location?.Place is { } place && gazetteer?.Find(place) is { } found)
        {
            return new GeoDistance(found.Latitude, found.Longitude, radiusKm);
        }

        error = location is null ? "a radius needs a place: give one, or a location in the patient"
            : gazetteer is null ? "no gazetteer is bundled in this build, so places cannot be found"
            : "the patient's location is not a place this build knows; give a place";
        return null;
    }
}
