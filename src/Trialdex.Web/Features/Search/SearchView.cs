using Trialdex.Core.Search;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Web.Features.Search;

/// <summary>What the search page shows: the query, what is wrong with it (if anything), and one page of results with facets.</summary>
/// <param name="Query">The query as the URL gives it.</param>
/// <param name="Errors">Problems that stopped the search, each naming its parameter; the page is then a 400.</param>
/// <param name="PlaceName">The place the distance is measured from, as the gazetteer names it.</param>
/// <param name="Total">How many trials match.</param>
/// <param name="Items">This page's trials.</param>
/// <param name="Facets">Counts per filter value (aggFilters keys, plus country).</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Size">Trials per page.</param>
public sealed record SearchView(
    SearchQuery Query,
    IReadOnlyList<ParameterError> Errors,
    string? PlaceName,
    long Total,
    IReadOnlyList<SearchResultItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    int Page,
    int Size)
{
    public int PageCount => (int)Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>One trial in the results, with its nearest site when a place was given.</summary>
public sealed record SearchResultItem(StudyPage Page, NearestSite? Nearest);
