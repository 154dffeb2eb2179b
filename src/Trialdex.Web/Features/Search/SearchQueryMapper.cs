using System.Globalization;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;

namespace Trialdex.Web.Features.Search;

/// <summary>
/// Checks a page query and maps it onto ClinicalTrials.gov API v2 parameters, which <see cref="SearchParameters"/>
/// turns into the same <see cref="SearchRequest"/> the API runs: cond/term → query.*, sidebar filters →
/// postFilter.aggFilters (so facet counts still show the other choices), countries → filter.advanced, a place and
/// radius → filter.geo. Every problem names the page parameter it is in.
/// </summary>
internal static class SearchQueryMapper
{
    public const int MaxSize = 100;
    public const int MaxDownload = SearchParameters.MaxPageSize;

    public static MappedSearch Map(SearchQuery query, Gazetteer? gazetteer, int? size = null, string? sort = null)
    {
        var errors = new List<ParameterError>();
        var pairs = new List<KeyValuePair<string, string?>>();
        Add("query.cond", query.Cond);
        Add("query.term", query.Term);

        var aggregates = new List<string>();
        foreach (var group in FacetGroup.All.Where(g => query.Values(g.Parameter).Count > 0))
        {
            var values = query.Values(group.Parameter);
            foreach (var unknown in values.Where(v => !group.Labels.ContainsKey(v)))
            {
                errors.Add(new(group.Parameter, $"'{unknown}' is not a {group.Legend.ToLowerInvariant()} choice; expected one of {string.Join(", ", group.Labels.Keys)}"));
            }

            aggregates.Add($"{group.FacetKey}:{string.Join(' ', values)}");
        }

        Add("postFilter.aggFilters", aggregates.Count > 0 ? string.Join(',', aggregates) : null);
        var countries = query.Values(SearchQuery.CountryParameter).Select(c => c.Replace("\"", "", StringComparison.Ordinal)).Where(c => c.Length > 0).ToList();
        var years = StartYears(query, errors);
        var advanced = new[]
        {
            countries.Count > 0 ? string.Join(" OR ", countries.Select(c => $"AREA[LocationCountry]\"{c}\"")) : null,
            years.Count > 0 ? string.Join(" OR ", years.Select(y => $"AREA[StartDate]RANGE[{y}-01-01,{y}-12-31]")) : null,
        }.OfType<string>().ToList();
        Add("filter.advanced", advanced.Count switch { 0 => null, 1 => advanced[0], _ => string.Join(" AND ", advanced.Select(a => $"({a})")) });

        var place = Place(query, gazetteer, errors, pairs);
        var chosenSort = sort ?? query.Sort;
        if (!SearchSort.IsKnown(chosenSort))
        {
            errors.Add(new("sort", $"'{chosenSort}' is not a sort order; expected one of {string.Join(", ", SearchSort.All.Select(s => s.Value))}"));
        }
        else if (chosenSort == "distance" && place is null)
        {
            errors.Add(new("sort", "nearest first needs a place to measure from"));
        }
        else
        {
            Add("sort", SearchSort.ApiSort(chosenSort));
        }

        var pageSize = size ?? Number(query.SizeText, "size", SearchQuery.DefaultSize, MaxSize, errors);
        var page = size is null ? Number(query.PageText, "page", 1, int.MaxValue / MaxSize, errors) : 1;
        Add("pageSize", pageSize.ToString(CultureInfo.InvariantCulture));
        Add("pageToken", page > 1 ? PageTokens.Encode((page - 1) * pageSize) : null);
        Add("countTotal", "true");
        if (errors.Count > 0)
        {
            return new MappedSearch(null, errors, place, page, pageSize);
        }

        var parsed = SearchParameters.Parse(pairs);
        var named = parsed.Errors.Select(e => e with { Parameter = PageParameter(e.Parameter) }).ToList();
        return new MappedSearch(parsed.Request is { } request ? request with { WithFacets = true } : null, named, place, page, pageSize);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                pairs.Add(new(name, value));
            }
        }
    }

    /// <summary>The page parameter an API parameter came from, for messages ("query.cond" → "cond").</summary>
    public static string PageParameter(string apiParameter) => apiParameter switch
    {
        "query.cond" => "cond",
        "query.term" => "term",
        "filter.advanced" => "country",
        "filter.geo" => "place",
        "postFilter.aggFilters" => "filters",
        _ => apiParameter,
    };

    private static List<int> StartYears(SearchQuery query, List<ParameterError> errors)
    {
        var years = new List<int>();
        foreach (var value in query.Values(SearchQuery.StartParameter))
        {
            if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
            {
                years.Add(year);
            }
            else
            {
                errors.Add(new(SearchQuery.StartParameter, $"'{value}' is not a start year; expected four digits, such as 2021"));
            }
        }

        return years;
    }

    private static GeocodeResult? Place(SearchQuery query, Gazetteer? gazetteer, List<ParameterError> errors, List<KeyValuePair<string, string?>> pairs)
    {
        if (query.Place is null)
        {
            return null;
        }

        if (gazetteer is null)
        {
            errors.Add(new("place", "searching by place is not available: this build has no gazetteer"));
            return null;
        }

        if (gazetteer.Find(query.Place) is not { } found)
        {
            errors.Add(new("place", $"'{query.Place}' is not a place we know; try a city and its country, such as 'Chongqing, China'"));
            return null;
        }

        if (!GeoDistance.TryParseRadiusKm(query.Radius ?? SearchQuery.DefaultRadius, out var km))
        {
            errors.Add(new("radius", $"'{query.Radius}' is not a distance; write a number with km or mi, such as 50km or 25mi"));
            return found;
        }

        pairs.Add(new("filter.geo", string.Create(CultureInfo.InvariantCulture, $"distance({found.Latitude:R},{found.Longitude:R},{km:R}km)")));
        return found;
    }

    private static int Number(string? text, string name, int fallback, int max, List<ParameterError> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        errors.Add(new(name, $"'{text}' must be a whole number from 1 to {max}"));
        return fallback;
    }
}

/// <summary>A page query mapped: the request to run (null when there are errors), the problems, the place found, the page and its size.</summary>
internal sealed record MappedSearch(SearchRequest? Request, IReadOnlyList<ParameterError> Errors, GeocodeResult? Place, int Page, int Size);
