using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Runs one <see cref="SearchRequest"/>. With a fresh <see cref="FacetSnapshot"/> (and no postFilter.ids), the
/// selection's ids and scores are read into a <see cref="RankedHits"/> (kept in the <see cref="SearchCache{T}"/> for
/// the next page or the same search again), and the facets, then after post-filters the page in any order and the
/// total, come from memory. Otherwise the matching set goes into a temp table, the BM25 scores
/// of the ranking expression (with the area weights) into another, facets are counted on the hits, post-filters
/// apply and the page is ordered by score or the requested sort in SQL. Both order ties by NCT id, so paging
/// returns every hit exactly once, and both give the same pages (a test compares them).
/// </summary>
internal static class SqliteSearch
{
    public static SearchResult Run(
        SqliteConnection connection, SearchRequest request, MeshExpansion? mesh, StoreSnapshots<FacetSnapshot>? snapshots, StoreSnapshots<Text.TextIndex>? texts, SearchCache<RankedHits>? cache)
    {
        if (request.Sort.All(k => k.Field is "@relevance" or "NCTId" or "distance" || SortColumns.ContainsKey(k.Field))
            && snapshots?.TryGetFresh(startFirstBuild: request.WithFacets) is { } snapshot
            && (request.PostFilter.IsEmpty ? RankedHits.All : snapshot.Filter(request.PostFilter)) is { } postFilter)
        {
            var inMemory = SearchSelection.Compile(request, mesh, snapshot);
            var text = texts?.TryGetFresh(startFirstBuild: request.WithFacets);
            var ranked = cache is null
                ? RankedHits.Read(connection, inMemory, snapshot, text)
                : cache.GetOrRead(snapshot, inMemory.Key, () => RankedHits.Read(connection, inMemory, snapshot, text));
            return FromMemory(connection, request, ranked, postFilter, snapshot);
        }

        var selection = SearchSelection.Compile(request, mesh);
        Select(connection, selection);
        if (!selection.Rank.IsEmpty)
        {
            Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS search_rank (id INTEGER PRIMARY KEY, score REAL NOT NULL); DELETE FROM search_rank;", new SqlParameters());
            using var rank = selection.RankCommand(connection);
            rank.CommandText = "INSERT INTO search_rank " + rank.CommandText;
            rank.ExecuteNonQuery();
        }

        var facets = request.WithFacets ? SqliteFacets.Count(connection, snapshots) : null;
        var page = Page(connection, request, selection.Rank);
        return page with { Facets = facets };
    }

    /// <summary>
    /// Counts over the whole selection after post-filters, for charts and maps; kept in <paramref name="cache"/> while
    /// the snapshot is fresh (counting the places of every site is seconds of work on a large store, and the maps of
    /// all trials are asked for again and again).
    /// </summary>
    public static SearchBreakdown Breakdown(
        SqliteConnection connection,
        SearchRequest request,
        MeshExpansion? mesh,
        StoreSnapshots<FacetSnapshot>? snapshots,
        StoreSnapshots<Text.TextIndex>? texts,
        SearchCache<SearchBreakdown>? cache,
        SearchCache<RankedHits>? hits = null)
    {
        if (snapshots?.TryGetFresh() is { } snapshot && (request.PostFilter.IsEmpty ? RankedHits.All : snapshot.Filter(request.PostFilter)) is { } postFilter)
        {
            // The hits from memory (and from the search that showed them, when it is still held), counted on the arrays.
            var inMemory = SearchSelection.Compile(request, mesh, snapshot);
            var post = new SqlParameters();
            var key = inMemory.Key + "\u001epost:" + FilterCompiler.Compile(request.PostFilter, post) + "\u001e" + post.Key;
            var text = texts?.TryGetFresh();
            SearchBreakdown Count()
            {
                var ranked = hits is null
                    ? RankedHits.Read(connection, inMemory, snapshot, text)
                    : hits.GetOrRead(snapshot, inMemory.Key, () => RankedHits.Read(connection, inMemory, snapshot, text));
                return SqliteFacets.Breakdown(snapshot, (postFilter == RankedHits.All ? ranked : ranked.Where(postFilter)).SortedIds());
            }

            return cache is null ? Count() : cache.GetOrRead(snapshot, key, Count);
        }

        return Breakdown(connection, request, SearchSelection.Compile(request, mesh), snapshots);
    }

    /// <summary>A cache of breakdowns bounded by <paramref name="maxBytes"/> (approximately: a place, a country or a year as 96 bytes).</summary>
    public static SearchCache<SearchBreakdown> BreakdownCache(long maxBytes) =>
        new(maxBytes, b => 512 + (96L * (b.Places.Count + b.Countries.Count + b.StartYears.Count + b.Enrollments.Count + b.Statuses.Count + b.Phases.Count)));

    private static SearchBreakdown Breakdown(SqliteConnection connection, SearchRequest request, SearchSelection selection, StoreSnapshots<FacetSnapshot>? snapshots)
    {
        Select(connection, selection);
        var parameters = new SqlParameters();
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS breakdown_hits (id INTEGER PRIMARY KEY); DELETE FROM breakdown_hits;", new SqlParameters());
        Execute(connection, $"INSERT INTO breakdown_hits SELECT h.id FROM search_hits h CROSS JOIN studies s ON s.id = h.id WHERE {FilterCompiler.Compile(request.PostFilter, parameters)}", parameters);
        return SqliteFacets.Breakdown(connection, "breakdown_hits", snapshots);
    }

    /// <summary>Fills <c>search_hits</c> with the studies the selection holds.</summary>
    private static void Select(SqliteConnection connection, SearchSelection selection)
    {
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY); DELETE FROM search_hits;", new SqlParameters());
        using var insert = selection.InsertCommand(connection, "search_hits");
        insert.ExecuteNonQuery();
    }

    /// <summary>The requested page of <paramref name="ranked"/>, its total and facets, with only the page's NCT ids read from the store.</summary>
    private static SearchResult FromMemory(SqliteConnection connection, SearchRequest request, RankedHits ranked, Func<int, bool> postFilter, FacetSnapshot snapshot)
    {
        var facets = request.WithFacets ? ranked.Facets(snapshot) : null;
        var shown = postFilter == RankedHits.All ? ranked : ranked.Where(postFilter);
        var top = shown.Top(request.Offset + request.PageSize + 1, snapshot, request.Sort, request.Geo);
        var page = top.Skip(request.Offset).ToList();
        var nctIds = NctIds(connection, page.Select(h => h.Id));
        var hits = page.Take(request.PageSize).Where(h => nctIds.ContainsKey(h.Id)).Select(h => new SearchHit(nctIds[h.Id], h.Score)).ToList();
        if (request.Geo is { } place)
        {
            hits = hits.Select(h => h with { Nearest = GeoSql.Nearest(connection, h.NctId, place) }).ToList();
        }

        var next = page.Count > request.PageSize ? PageTokens.Encode(request.Offset + request.PageSize) : null;
        return new SearchResult(hits, request.CountTotal ? shown.Count : null, next, facets);
    }

    private static Dictionary<int, string> NctIds(SqliteConnection connection, IEnumerable<int> ids)
    {
        var parameters = new SqlParameters();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, nct_id FROM studies WHERE id IN {parameters.AddList(ids.Select(id => (object?)id))}";
        parameters.BindTo(command);
        var found = new Dictionary<int, string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[checked((int)reader.GetInt64(0))] = reader.GetString(1);
        }

        return found;
    }

    private static SearchResult Page(SqliteConnection connection, SearchRequest request, RankExpression rank)
    {
        var parameters = new SqlParameters();
        var post = FilterCompiler.Compile(request.PostFilter, parameters);
        var ranked = rank.IsEmpty
            ? ""
            : "LEFT JOIN search_rank r ON r.id = h.id";
        var distance = request.Geo is { } geo ? GeoSql.NearestDistance(geo, parameters) : "NULL";
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT s.nct_id, {(rank.IsEmpty ? "0.0" : "coalesce(r.score, 0.0)")} AS score, {distance} AS distance FROM search_hits h CROSS JOIN studies s ON s.id = h.id {ranked}
            WHERE {post} ORDER BY {OrderBy(request.Sort)} LIMIT {parameters.Add(request.PageSize + 1)} OFFSET {parameters.Add(request.Offset)}
            """;
        parameters.BindTo(command);
        var hits = new List<SearchHit>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                hits.Add(new SearchHit(reader.GetString(0), reader.GetDouble(1)));
            }
        }

        var more = hits.Count > request.PageSize;
        if (request.Geo is { } place)
        {
            hits = hits.Select(h => h with { Nearest = GeoSql.Nearest(connection, h.NctId, place) }).ToList();
        }

        long? total = null;
        if (request.CountTotal)
        {
            var count = new SqlParameters();
            using var counter = connection.CreateCommand();
            counter.CommandText = $"SELECT count(*) FROM search_hits h CROSS JOIN studies s ON s.id = h.id WHERE {FilterCompiler.Compile(request.PostFilter, count)}";
            count.BindTo(counter);
            total = (long)counter.ExecuteScalar()!;
        }

        return new SearchResult(hits.Take(request.PageSize).ToList(), total, more ? PageTokens.Encode(request.Offset + request.PageSize) : null, null);
    }

    private static string OrderBy(IReadOnlyList<SortKey> sort)
    {
        if (sort.Count == 0)
        {
            return "score DESC, s.nct_id";
        }

        return string.Join(", ", sort.Select(k => k.Field switch
        {
            "@relevance" => "score DESC",
            "NCTId" => "s.nct_id" + (k.Descending ? " DESC" : ""),
            "distance" => "distance" + (k.Descending ? " DESC" : ""),
            _ => $"{Column(k.Field)} IS NULL, {Column(k.Field)}{(k.Descending ? " DESC" : "")}",
        })) + ", s.nct_id";
    }

    /// <summary>The store column of each field a search can be sorted by (besides @relevance, NCTId and distance).</summary>
    public static IReadOnlyDictionary<string, string> SortColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LastUpdatePostDate"] = "last_update_posted_date",
        ["StudyFirstPostDate"] = "first_posted_date",
        ["StartDate"] = "start_date",
        ["EnrollmentCount"] = "enrollment",
    };

    private static string Column(string field) =>
        SortColumns.TryGetValue(field, out var column) ? "s." + column : throw new SearchException("sort", $"cannot sort by {field}");

    private static void Execute(SqliteConnection connection, string sql, SqlParameters parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters.BindTo(command);
        command.ExecuteNonQuery();
    }
}
