using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Search;

/// <summary>
/// One search, storage-independent: the query of each search area (already parsed), filters, post-filters,
/// sort and paging. Built from ClinicalTrials.gov API v2 parameters by <see cref="SearchParameters"/>, so the API,
/// the CLI and the pages all ask the same questions the same way.
/// </summary>
public sealed record SearchRequest
{
    public IReadOnlyDictionary<SearchArea, QueryNode> Areas { get; init; } = new Dictionary<SearchArea, QueryNode>();

    /// <summary>The raw text of each area, kept for MeSH expansion of whole condition names.</summary>
    public IReadOnlyDictionary<SearchArea, string> AreaText { get; init; } = new Dictionary<SearchArea, string>();

    /// <summary>filter.advanced: an expression over any field (AREA[Phase]PHASE2 AND AREA[StartDate]RANGE[2020,MAX]).</summary>
    public QueryNode? Advanced { get; init; }

    public StudyFilter Filter { get; init; } = new();

    /// <summary>filter.geo: a study matches when any of its sites is inside; each hit then carries its nearest site.</summary>
    public Geo.GeoDistance? Geo { get; init; }

    /// <summary>postFilter.*: applied after facets are counted, as on ClinicalTrials.gov.</summary>
    public StudyFilter PostFilter { get; init; } = new();

    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    public int PageSize { get; init; } = 10;

    /// <summary>How many hits of the ordered result to skip (decoded from the opaque page token).</summary>
    public int Offset { get; init; }

    public bool CountTotal { get; init; }

    public bool WithFacets { get; init; }
}

/// <summary>Filters that narrow a search: statuses, ids and the aggFilters keys, each a set of allowed values.</summary>
public sealed record StudyFilter
{
    public IReadOnlyList<string> OverallStatus { get; init; } = [];

    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>aggFilters as key → accepted values (phase → ["2", "3"]).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aggregates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public bool IsEmpty => OverallStatus.Count == 0 && Ids.Count == 0 && Aggregates.Count == 0;
}

/// <summary>One sort key: a field name as the API spells it, and its direction.</summary>
public sealed record SortKey(string Field, bool Descending);
