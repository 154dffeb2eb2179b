using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Trialdex.Web.Features.Search;

/// <summary>
/// The search page's query, all of it in the URL (shareable, bookmarkable, the back button works):
/// <c>/search?cond=…&amp;term=…&amp;place=…&amp;radius=100km&amp;status=rec&amp;phase=2&amp;country=China&amp;start=2021&amp;sort=updated&amp;page=2</c>.
/// Filters keep the values as given; <see cref="SearchQueryMapper"/> checks them and maps them to API parameters.
/// </summary>
public sealed record SearchQuery
{
    public const string DefaultRadius = "100km";
    public const int DefaultSize = 10;

    /// <summary>The filter of countries with sites, by the names records use (free values, unlike the sidebar's groups).</summary>
    public const string CountryParameter = "country";

    /// <summary>The filter of start years (<c>start=2021</c>), which the landscape's start-year bars link to.</summary>
    public const string StartParameter = "start";

    public string? Cond { get; init; }

    public string? Term { get; init; }

    public string? Place { get; init; }

    public string? Radius { get; init; }

    /// <summary>Filter parameter → chosen values (<c>phase</c> → ["2", "3"], <c>country</c> → ["China"]).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public string Sort { get; init; } = SearchSort.Relevance;

    public string? PageText { get; init; }

    public string? SizeText { get; init; }

    public IReadOnlyList<string> Values(string parameter) => Filters.GetValueOrDefault(parameter, []);

    public bool IsChosen(string parameter, string value) => Values(parameter).Contains(value, StringComparer.Ordinal);

    internal static SearchQuery From(IQueryCollection query)
    {
        string? One(string name) => query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in FacetGroup.All.Select(g => g.Parameter).Append(CountryParameter).Append(StartParameter))
        {
            var values = query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 0)
            {
                filters[name] = values;
            }
        }

        return new SearchQuery
        {
            Cond = One("cond"), Term = One("term"), Place = One("place"), Radius = One("radius"),
            Filters = filters, Sort = One("sort") ?? SearchSort.Relevance, PageText = One("page"), SizeText = One("size"),
        };
    }

    /// <summary>The query as URL pairs, in a stable order; <paramref name="page"/> and <paramref name="sort"/> replace the current ones.</summary>
    internal IEnumerable<KeyValuePair<string, string?>> Pairs(int? page = null, string? sort = null, bool withPage = true)
    {
        foreach (var (name, value) in new[] { ("cond", Cond), ("term", Term), ("place", Place), ("radius", Radius) })
        {
            if (value is not null)
            {
                yield return new(name, value);
            }
        }

        foreach (var (name, values) in Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                yield return new(name, value);
            }
        }

        if ((sort ?? Sort) is var chosen && chosen != SearchSort.Relevance)
        {
            yield return new("sort", chosen);
        }

        if (SizeText is not null)
        {
            yield return new("size", SizeText);
        }

        if (withPage && (page?.ToString(CultureInfo.InvariantCulture) ?? PageText) is { } p && p != "1")
        {
            yield return new("page", p);
        }
    }

    /// <summary>The URL of this query at <paramref name="path"/> (/search, /search.atom, /search.csv).</summary>
    public string Url(string path = "/search", int? page = null, string? sort = null, bool withPage = true) =>
        QueryHelpers.AddQueryString(path, Pairs(page, sort, withPage));

    /// <summary>True when nothing at all was asked: the page shows every trial.</summary>
    public bool IsEmpty => Cond is null && Term is null && Place is null && Filters.Count == 0;
}
