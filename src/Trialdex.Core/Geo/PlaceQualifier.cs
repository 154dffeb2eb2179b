namespace Trialdex.Core.Geo;

/// <summary>A country, or a division of one, that a place must lie in.</summary>
internal readonly record struct PlaceScope(int Country, string? Admin1)
{
    public bool Admits(GazetteerPlace place) => place.Country == Country && (Admin1 is null || Admin1 == place.Admin1);
}

/// <summary>
/// What follows the city in a written place, such as "MA", "Maryland" or "Korea, Republic of", with every
/// country and division it may name: "MA" is both Morocco and Massachusetts, "Georgia" a country and a state.
/// A qualifier that names nothing known has no scopes and is ignored.
/// </summary>
internal sealed record PlaceQualifier(string Text, IReadOnlyList<PlaceScope> Scopes)
{
    public bool IsKnown => Scopes.Count > 0;

    public bool Admits(GazetteerPlace place) => Scopes.Any(scope => scope.Admits(place));

    /// <summary>
    /// The qualifiers of the comma-separated parts after the city, read from the end: the longest run of
    /// trailing parts that names a country is one qualifier ("Seoul, Korea, Republic of"), any other part one each.
    /// </summary>
    public static List<PlaceQualifier> Parse(IReadOnlyList<string> parts, CountryTable countries, AdminTable admins)
    {
        var qualifiers = new List<PlaceQualifier>();
        for (var end = parts.Count; end > 0;)
        {
            var start = end - 1;
            for (var first = 0; first < end - 1; first++)
            {
                if (countries.Lookup(Join(parts, first, end)).Count > 0)
                {
                    start = first;
                    break;
                }
            }

            qualifiers.Add(Of(Join(parts, start, end), countries, admins));
            end = start;
        }

        return qualifiers;
    }

    /// <summary>The countries and divisions one piece of text may name.</summary>
    public static PlaceQualifier Of(string text, CountryTable countries, AdminTable admins)
    {
        var scopes = countries.Lookup(text).Select(country => new PlaceScope(country, null))
            .Concat(admins.Lookup(text).Select(admin => new PlaceScope(admin.Country, admin.Code)));
        return new PlaceQualifier(text, [.. scopes]);
    }

    private static string Join(IReadOnlyList<string> parts, int start, int end) =>
        string.Join(", ", Enumerable.Range(start, end - start).Select(i => parts[i]));
}
