namespace Trialdex.Core.Geo;

/// <summary>A populated place of the gazetteer.</summary>
/// <param name="Name">Its name as GeoNames writes it.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Country">Its country's index in the <see cref="CountryTable"/>.</param>
/// <param name="Admin1">Its first-level division's code in that country ("MA", "11"), or empty.</param>
/// <param name="Population">As GeoNames records it; 0 when unknown.</param>
/// <param name="Rank">Its standing by GeoNames feature code, lower first: capital, division seats, other places.</param>
internal readonly record struct GazetteerPlace(
    string Name, double Latitude, double Longitude, int Country, string Admin1, long Population, byte Rank)
{
    /// <summary>The <see cref="Rank"/> of a GeoNames feature code: PPLC 0, PPLA 1 … PPLA4 4, PPL 5, any other 6.</summary>
    public static byte RankOf(ReadOnlySpan<char> feature) => feature switch
    {
        "PPLC" => 0,
        "PPLA" => 1,
        "PPLA2" => 2,
        "PPLA3" => 3,
        "PPLA4" => 4,
        "PPL" => 5,
        _ => 6,
    };
}
