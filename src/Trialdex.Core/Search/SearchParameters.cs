using System.Globalization;
using System.Text;
using Trialdex.Core.Import;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Search;

/// <summary>
/// Reads ClinicalTrials.gov API v2 search parameters (query.*, filter.*, aggFilters, postFilter.*, sort, pageSize,
/// pageToken, countTotal) into a <see cref="SearchRequest"/>. Every problem is reported with the parameter it is in;
/// nothing throws.
/// </summary>
public static class SearchParameters
{
    public const int MaxPageSize = 1000;

    private static readonly HashSet<string> SortFields = new(StringComparer.Ordinal)
    {
        "@relevance", "LastUpdatePostDate", "StudyFirstPostDate", "StartDate", "EnrollmentCount", "NCTId", "distance",
    };

    /// <summary>Parameters the search itself ignores because the caller (the API) handles them.</summary>
    private static readonly HashSet<string> Presentation = new(StringComparer.OrdinalIgnoreCase) { "fields", "format", "markupFormat" };

    public static SearchParseResult Parse(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var errors = new List<ParameterError>();
        var request = new SearchRequest();
        var areas = new Dictionary<SearchArea, QueryNode>();
        var areaText = new Dictionary<SearchArea, string>();
        foreach (var (name, rawValue) in parameters)
        {
            var value = rawValue ?? "";
            if (SearchAreas.TryParseParameter(name, out var area))
            {
                if (ParseQuery(name, value, errors) is { } node)
                {
                    areas[area] = node;
                    areaText[area] = value;
                }

                continue;
            }

            request = name switch
            {
                "filter.advanced" => request with { Advanced = ParseQuery(name, value, errors) },
                "filter.overallStatus" => request with { Filter = request.Filter with { OverallStatus = Statuses(name, value, errors) } },
                "filter.ids" => request with { Filter = request.Filter with { Ids = Ids(name, value, errors) } },
                "filter.geo" => request with { Geo = Geo.GeoDistance.TryParse(value, out var geo) ? geo : Error<Geo.GeoDistance?>(errors, name, null, "must be distance(latitude,longitude,radius) with the radius in mi or km, e.g. distance(29.56,106.55,50mi)") },
                "aggFilters" => request with { Filter = request.Filter with { Aggregates = Aggregates(name, value, errors) } },
                "postFilter.overallStatus" => request with { PostFilter = request.PostFilter with { OverallStatus = Statuses(name, value, errors) } },
                "postFilter.ids" => request with { PostFilter = request.PostFilter with { Ids = Ids(name, value, errors) } },
                "postFilter.aggFilters" => request with { PostFilter = request.PostFilter with { Aggregates = Aggregates(name, value, errors) } },
                "sort" => request with { Sort = Sort(name, value, errors) },
                "pageSize" => request with { PageSize = PageSize(name, value, errors) },
                "pageToken" => request with { Offset = PageTokens.Decode(value) ?? Error(errors, name, 0, "is not a page token this server issued") },
                "countTotal" => request with { CountTotal = Boolean(name, value, errors) },
                _ => Unknown(request, name, errors),
            };
        }

        if (request.Sort.Any(k => k.Field == "distance") && request.Geo is null)
        {
            errors.Add(new ParameterError("sort", "distance needs filter.geo (the place to measure from)"));
        }

        return new SearchParseResult(errors.Count == 0 ? request with { Areas = areas, AreaText = areaText } : null, errors);
    }

    private static SearchRequest Unknown(SearchRequest request, string name, List<ParameterError> errors)
    {
        if (!Presentation.Contains(name))
        {
            errors.Add(new ParameterError(name, "is not a known parameter"));
        }

        return request;
    }

    private static QueryNode? ParseQuery(string name, string value, List<ParameterError> errors)
    {
        var parsed = QueryParser.Parse(value);
        if (parsed.Error is { } error)
        {
            errors.Add(new ParameterError(name, error.Message));
        }

        return parsed.Query;
    }

    private static string[] List(string value) =>
        value.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] Statuses(string name, string value, List<ParameterError> errors)
    {
        var statuses = List(value);
        foreach (var status in statuses.Where(s => !EnumText.TryParseApiValue<OverallStatus>(s, out _)))
        {
            errors.Add(new ParameterError(name, $"'{status}' is not a status; expected {string.Join(", ", Enum.GetValues<OverallStatus>().Select(s => EnumText.ApiValue(s)))}"));
        }

        return statuses;
    }

    private static string[] Ids(string name, string value, List<ParameterError> errors)
    {
        var ids = List(value).Select(StudyIds.Normalize).ToArray();
        foreach (var id in ids.Where(i => !StudyIds.IsValid(i)))
        {
            errors.Add(new ParameterError(name, $"'{id}' is not an NCT id (NCT followed by 8 digits)"));
        }

        return ids;
    }

    private static Dictionary<string, IReadOnlyList<string>> Aggregates(string name, string value, List<ParameterError> errors)
    {
        if (!AggregateFilters.TryParse(value, out var filters, out var error))
        {
            errors.Add(new ParameterError(name, error!));
        }

        return filters;
    }

    private static SortKey[] Sort(string name, string value, List<ParameterError> errors)
    {
        var keys = List(value).Select(k =>
        {
            var parts = k.Split(':', 2);
            var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (!SortFields.Contains(parts[0]) || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new ParameterError(name, $"'{k}' is not a sort key; expected @relevance or one of {string.Join(", ", SortFields.Where(f => f[0] != '@'))} with :asc or :desc"));
            }

            return new SortKey(parts[0], descending);
        }).ToArray();
        if (keys.Length > 2)
        {
            errors.Add(new ParameterError(name, "takes at most two sort keys"));
        }

        return keys;
    }

    private static int PageSize(string name, string value, List<ParameterError> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize)
        {
            return size;
        }

        return Error(errors, name, 10, $"must be a whole number from 1 to {MaxPageSize}");
    }

    private static bool Boolean(string name, string value, List<ParameterError> errors) => value.ToUpperInvariant() switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => Error(errors, name, false, "must be true or false"),
    };

    private static T Error<T>(List<ParameterError> errors, string name, T fallback, string message)
    {
        errors.Add(new ParameterError(name, message));
        return fallback;
    }
}

/// <summary>A parsed request, or the problems that stopped it (each naming its parameter).</summary>
public sealed record SearchParseResult(SearchRequest? Request, IReadOnlyList<ParameterError> Errors);

/// <summary>One bad parameter and what is wrong with it.</summary>
public sealed record ParameterError(string Parameter, string Message)
{
    public override string ToString() => $"{Parameter}: {Message}";
}

/// <summary>Opaque page tokens: the offset of the next page in the ordered result, base64url-encoded.</summary>
public static class PageTokens
{
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("o" + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static int? Decode(string token)
    {
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith('o') && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
