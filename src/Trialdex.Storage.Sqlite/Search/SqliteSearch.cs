using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Runs one <see cref="SearchRequest"/>: the matching set (areas AND'ed, filter.advanced, filters) goes into a temp
/// table, and the BM25 scores of the ranking expression (with the area weights) into another; facets are counted on
/// the hits; then post-filters apply and the page is ordered by score (or by the requested sort), ties broken by NCT id so paging returns every hit exactly once.
/// </summary>
internal static class SqliteSearch
{
    public static SearchResult Run(SqliteConnection connection, SearchRequest request, MeshExpansion? mesh, FacetSnapshots? snapshots)
    {
        var rank = Select(connection, request, mesh);
        if (!rank.IsEmpty)
        {
            var scores = new SqlParameters();
            Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS search_rank (id INTEGER PRIMARY KEY, score REAL NOT NULL); DELETE FROM search_rank;", new SqlParameters());
            Execute(connection, $"INSERT INTO search_rank SELECT rowid, -bm25(study_fts, {rank.Weights()}) FROM study_fts WHERE study_fts MATCH {scores.Add(rank.Match())}", scores);
        }

        var facets = request.WithFacets ? SqliteFacets.Count(connection, snapshots) : null;
        var page = Page(connection, request, rank);
        return page with { Facets = facets };
    }

    /// <summary>Counts over the whole selection after post-filters, for charts and maps.</summary>
    public static SearchBreakdown Breakdown(SqliteConnection connection, SearchRequest request, MeshExpansion? mesh, FacetSnapshots? snapshots)
    {
        Select(connection, request, mesh);
        var parameters = new SqlParameters();
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS breakdown_hits (id INTEGER PRIMARY KEY); DELETE FROM breakdown_hits;", new SqlParameters());
        Execute(connection, $"INSERT INTO breakdown_hits SELECT h.id FROM search_hits h CROSS JOIN studies s ON s.id = h.id WHERE {FilterCompiler.Compile(request.PostFilter, parameters)}", parameters);
        return SqliteFacets.Breakdown(connection, "breakdown_hits", snapshots);
    }

    /// <summary>Fills <c>search_hits</c> with the studies the areas, filter.advanced, filters and filter.geo select; returns how to rank them.</summary>
    private static RankExpression Select(SqliteConnection connection, SearchRequest request, MeshExpansion? mesh)
    {
        var parameters = new SqlParameters();
        var rank = new RankExpression();
        var conditions = new List<string>();
        foreach (var (area, node) in request.Areas)
        {
            var fields = SearchAreas.FieldWeights(area);
            var compiled = new PredicateCompiler(parameters, SearchAreas.Parameter(area)).Compile(node, fields);
            var expansion = area is SearchArea.Condition or SearchArea.Patient && FtsExpression.ExpandsSynonyms(node) ? mesh?.Expand(ExpandedText(node, request.AreaText[area])) : null;
            if (expansion is not null)
            {
                compiled = $"({compiled} OR s.id IN (SELECT rowid FROM study_fts WHERE study_fts MATCH {parameters.Add(expansion)}))";
            }

            conditions.Add(compiled);
            rank.Add(node, fields, expansion);
        }

        if (request.Advanced is { } advanced)
        {
            conditions.Add(new PredicateCompiler(parameters, "filter.advanced").Compile(advanced, SearchAreas.FieldWeights(SearchArea.Term)));
        }

        conditions.Add(FilterCompiler.Compile(request.Filter, parameters));
        if (request.Geo is { } geo)
        {
            conditions.Add(GeoSql.Within(geo, parameters));
        }

        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY); DELETE FROM search_hits;", new SqlParameters());
        Execute(connection, "INSERT INTO search_hits SELECT s.id FROM studies s WHERE " + string.Join(" AND ", conditions), parameters);
        return rank;
    }

    /// <summary>The text named for MeSH expansion: the whole area, or the operand of an EXPANSION[…] around it all.</summary>
    private static string ExpandedText(Core.Search.Query.QueryNode node, string text) =>
        node is Core.Search.Query.ModifierNode { Operand.Span: var span } && span.End <= text.Length ? text.Substring(span.Start, span.Length) : text;

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

    private static string Column(string field) => field switch
    {
        "LastUpdatePostDate" => "s.last_update_posted_date",
        "StudyFirstPostDate" => "s.first_posted_date",
        "StartDate" => "s.start_date",
        "EnrollmentCount" => "s.enrollment",
        _ => throw new SearchException("sort", $"cannot sort by {field}"),
    };

    private static void Execute(SqliteConnection connection, string sql, SqlParameters parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters.BindTo(command);
        command.ExecuteNonQuery();
    }
}
