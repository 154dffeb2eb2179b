namespace Trialdex.Core.Geo;

/// <summary>
/// The place the <see cref="Gazetteer"/> chose for a name: a city-level point, never a street address.
/// </summary>
/// <param name="Name">The place's name as the gazetteer writes it ("São Paulo", "New York City").</param>
/// <param name="Admin1">Its first-level division (state, province, region) by name, when the gazetteer knows it.</param>
/// <param name="Country">Its country's English name.</param>
/// <param name="Latitude">Degrees north, WGS 84.</param>
/// <param name="Longitude">Degrees east, WGS 84.</param>
/// <param name="Population">The place's population as the gazetteer records it (0 when unknown).</param>
/// <param name="Alternatives">How many other places also matched the name and qualifiers and were passed over.</param>
/// <param name="Explanation">One or two sentences saying what was chosen and why, for showing to a person.</param>
public sealed record GeocodeResult(
    string Name,
    string? Admin1,
    string Country,
    double Latitude,
    double Longitude,
    long Population,
    int Alternatives,
    string Explanation);
