namespace Trialdex.Core.Search;

/// <summary>One page of a search: the hits in order, the total when asked for, the next page's token, and facets.</summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits,
    long? TotalCount,
    string? NextPageToken,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets);

/// <summary>A study that matched, with its relevance score (0 when the query has no ranked text).</summary>
public sealed record SearchHit(string NctId, double Score);

/// <summary>How many studies of the filtered set have one value of a facet.</summary>
public sealed record FacetCount(string Value, long Count);
