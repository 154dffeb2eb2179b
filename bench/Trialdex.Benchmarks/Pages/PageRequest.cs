using System.Globalization;

namespace Trialdex.Benchmarks.Pages;

/// <summary>One page to time: its kind (a row of the results) and its URL.</summary>
internal sealed record PageRequest(string Kind, string Url)
{
    /// <summary>
    /// Page searches with places and filters, standing in for the geo and filtered rows of bench/queries.tsv, which
    /// use API parameters the page has no form for (coordinates, filter.overallStatus, filter.advanced): the same
    /// cities and much the same filters, as the page's own parameters.
    /// </summary>
    private static readonly PageRequest[] PlacesAndFilters =
    [
        new("search, place", "/search?cond=cancer&place=Boston%2C+United+States&radius=50km"),
        new("search, place", "/search?cond=diabetes&place=Chongqing%2C+China&radius=100km"),
        new("search, place", "/search?term=stem+cells&place=Paris%2C+France&radius=100km"),
        new("search, place", "/search?cond=heart+failure&place=Houston%2C+United+States&radius=100km&sort=distance"),
        new("search, place", "/search?cond=cirrhosis&place=Beijing%2C+China&radius=250km"),
        new("search, filters", "/search?cond=cancer&status=rec&phase=2&phase=3"),
        new("search, filters", "/search?cond=diabetes&type=int&sex=f"),
        new("search, filters", "/search?term=stem+cells&ages=adult&funder=industry"),
        new("search, filters", "/search?cond=asthma&ages=child&sort=updated"),
        new("search, filters", "/search?term=vaccine&results=with&country=United+States"),
        new("search, filters", "/search?cond=hypertension&status=rec&status=not&healthy=y"),
        new("search, filters", "/search?cond=cancer&page=3"),
        new("search, filters", "/search"),
    ];

    /// <summary>
    /// The search pages: each cond, term and intr query of bench/queries.tsv as the page's <c>cond</c> or <c>term</c>
    /// (the page has no intervention field; its keywords box is <c>term</c>), then <see cref="PlacesAndFilters"/>.
    /// </summary>
    public static IReadOnlyList<PageRequest> Searches(string queriesPath)
    {
        var pages = new List<PageRequest>();
        foreach (var line in File.ReadLines(queriesPath).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var (kind, query) = (line[..line.IndexOf('\t', StringComparison.Ordinal)], line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]);
            var parameter = query.Split('=', 2);
            if (query.Contains('&', StringComparison.Ordinal) || parameter.Length != 2)
            {
                continue; // geo and filtered rows: see PlacesAndFilters
            }

            var name = parameter[0] switch
            {
                "query.cond" => "cond",
                "query.term" or "query.intr" => "term",
                _ => null,
            };
            if (name is not null)
            {
                pages.Add(new($"search, {kind}", $"/search?{name}={parameter[1]}"));
            }
        }

        return [.. pages, .. PlacesAndFilters];
    }

    public static PageRequest Trial(string nctId) => new("trial page", "/trial/" + Uri.EscapeDataString(nctId));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Url}");
}
