namespace Trialdex.Core.Search;

/// <summary>One page of a search: the hits in order, the total when asked for, the next page's token, and facets.</summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits,
    long? TotalCount,
    string? NextPageToken,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets);

/// <summary>A study that matched, with its relevance score (0 when the query has no ranked text) and, for a distance search, its nearest site.</summary>
public sealed record SearchHit(string NctId, double Score, NearestSite? Nearest = null);

/// <summary>The site of a study nearest to the searched place; approximate when geocoded from its city.</summary>
public sealed record NearestSite(string? Facility, string? City, string? State, string? Country, double DistanceKm, bool Approximate);

/// <summary>How many studies of the filtered set have one value of a facet.</summary>
public sealed record FacetCount(string Value, long Count);
