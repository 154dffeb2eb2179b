using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Storage.Sqlite.Search.Text;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// One request's matching set and ranking compiled to SQL, not yet run: the areas AND'ed with filter.advanced,
/// the filters and filter.geo as a condition over <c>studies s</c>, and the BM25 expression that ranks them.
/// Its <see cref="Key"/> is the SQL with every parameter value, so two requests with equal keys select and score
/// the same studies (paging, facets and total do not change it). When every area is pure text and nothing else
/// narrows the request (what most searches are), the selection is one FTS5 MATCH read straight from the index, and
/// when that MATCH is also the ranking expression (no stop words left out of it) one query gives ids and scores.
/// </summary>
internal sealed class SearchSelection
{
    private readonly string _selectSql;
    private readonly SqlParameters _parameters;
    private readonly SqlParameters _rankParameters = new();
    private readonly string? _rankSql;

    private SearchSelection(string condition, TextQuery? textMatch, SqlParameters parameters, RankExpression rank)
    {
        (_parameters, Rank, TextMatch) = (textMatch is null ? parameters : new SqlParameters(), rank, textMatch);
        _selectSql = textMatch is null
            ? "SELECT s.id FROM studies s WHERE " + condition
            : $"SELECT rowid FROM study_fts WHERE study_fts MATCH {_parameters.Add(textMatch.ToMatch())}";
        _rankSql = rank.IsEmpty
            ? null
            : $"SELECT rowid, -bm25(study_fts, {rank.Weights()}) FROM study_fts WHERE study_fts MATCH {_rankParameters.Add(rank.Query.ToMatch())}";
        RankSelectsExactly = textMatch is not null && !rank.IsEmpty && textMatch.ToMatch() == rank.Query.ToMatch();
        Key = _selectSql + "\u001e" + _parameters.Key + "\u001e" + _rankSql + "\u001e" + _rankParameters.Key;
    }

    /// <summary>What identifies the selection: its SQL with every value, and a distance filter kept for memory.</summary>
    public string Key
    {
        get => field + FilterKey + (Geo is { } geo ? "\u001egeo:" + geo.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ","
            + geo.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "," + geo.RadiusKm.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "");
        private init;
    }

    public RankExpression Rank { get; }

    /// <summary>The selection as one text query, when it is one FTS5 MATCH (text areas alone, nothing else decided in SQL).</summary>
    public TextQuery? TextMatch { get; }

    /// <summary>The distance filter still to apply, when it was compiled to be applied in memory.</summary>
    public Core.Geo.GeoDistance? Geo { get; private init; }

    /// <summary>The studies the filters (and filter.advanced's date ranges) keep, when they were compiled to be applied in memory.</summary>
    public ulong[]? Filter { get; private init; }

    private string FilterKey { get; init; } = "";

    /// <summary>
    /// When set, the selection is the intersection of these areas, each the studies its MATCH finds plus those its
    /// MeSH expansion reaches (from the snapshot); the SQL says the same and stays the reference.
    /// </summary>
    public IReadOnlyList<MemoryArea>? MemoryAreas { get; private init; }

    /// <summary>Whether the SQL selects every study (nothing but, perhaps, a distance filter kept for memory narrows it).</summary>
    public bool SelectsAll => _selectSql == "SELECT s.id FROM studies s WHERE 1";

    /// <summary>Whether the ranking query matches exactly the selection, so that it alone gives the ids and their scores.</summary>
    public bool RankSelectsExactly { get; }

    /// <summary>
    /// Compiles <paramref name="request"/>. With a <paramref name="memory"/> snapshot, filter.geo and the filters it
    /// can decide (all but filter.ids) are left out of the SQL and kept in <see cref="Geo"/> and <see cref="Filter"/>
    /// (and the key), for <see cref="RankedHits.Read"/> to apply with the snapshot.
    /// </summary>
    public static SearchSelection Compile(SearchRequest request, MeshExpansion? mesh, FacetSnapshot? memory = null)
    {
        var geoInMemory = memory is not null;
        var filterInMemory = request.Filter.IsEmpty ? null : memory?.FilterBits(request.Filter);
        var advancedKey = "";
        var advancedInMemory = request.Advanced is { } asked ? memory?.AdvancedBits(asked, out advancedKey) : null;
        var parameters = new SqlParameters();
        var rank = new RankExpression();
        var conditions = new List<string>();
        var textOnly = (request.Advanced is null || advancedInMemory is not null) && (request.Filter.IsEmpty || filterInMemory is not null) && (request.Geo is null || geoInMemory);
        var areas = new List<MemoryArea>();
        foreach (var (area, node) in request.Areas)
        {
            var fields = SearchAreas.FieldWeights(area);
            var compiled = new PredicateCompiler(parameters, SearchAreas.Parameter(area)).Compile(node, fields);
            var expansion = area is SearchArea.Condition or SearchArea.Patient && FtsExpression.ExpandsSynonyms(node) ? Expand(mesh, node, request.AreaText[area]) : null;
            if (expansion is not null)
            {
                compiled = $"({compiled} OR s.id IN ({expansion.Select(parameters)}))";
            }

            conditions.Add(compiled);
            rank.Add(node, fields, expansion?.RankMatch);
            if (FtsExpression.IsText(node))
            {
                areas.Add(new MemoryArea(FtsExpression.Build(node, fields), expansion));
            }
            else
            {
                textOnly = false;
            }
        }

        if (request.Advanced is { } advanced && advancedInMemory is null)
        {
            conditions.Add(new PredicateCompiler(parameters, "filter.advanced").Compile(advanced, SearchAreas.FieldWeights(SearchArea.Term)));
        }

        var filter = filterInMemory is null ? FilterCompiler.Compile(request.Filter, parameters) : "1";
        if (filter != "1" || conditions.Count == 0)
        {
            conditions.Add(filter);
        }

        if (request.Geo is { } geo && !geoInMemory)
        {
            conditions.Add(GeoSql.Within(geo, parameters));
        }

        // Text alone is one MATCH (written as RankExpression writes an area); an area that also reaches studies through
        // MeSH is the union of its MATCH and the expansion's studies, read from memory when there is a snapshot.
        var expanded = areas.Any(a => a.Expansion is not null);
        var textMatch = textOnly && areas.Count > 0 && !expanded ? RankExpression.Combine([.. areas.Select(a => new OrQuery([a.Query]))]) : null;
        return new SearchSelection(string.Join(" AND ", conditions), textMatch, parameters, rank)
        {
            MemoryAreas = textOnly && expanded && memory is not null ? areas : null,
            Geo = geoInMemory ? request.Geo : null,
            Filter = BitSets.Both(filterInMemory, advancedInMemory),
            FilterKey = (filterInMemory is null ? "" : "\u001efilter:" + string.Join(",", request.Filter.OverallStatus)
                + ";" + string.Join(";", request.Filter.Aggregates.Select(a => a.Key + "=" + string.Join(",", a.Value)))) + advancedKey,
        };
    }

    /// <summary>A command listing the selected study ids.</summary>
    public SqliteCommand SelectCommand(SqliteConnection connection) => Command(connection, _selectSql, _parameters);

    /// <summary>A command inserting the selected study ids into the temporary table <paramref name="table"/> (one id column).</summary>
    public SqliteCommand InsertCommand(SqliteConnection connection, string table) => Command(connection, $"INSERT INTO {table} " + _selectSql, _parameters);

    /// <summary>
    /// A command listing (rowid, score) for every study the ranking expression matches (a superset of the selection),
    /// or only for those <paramref name="keep"/> accepts: FTS5 still reads every match, but SQLite asks
    /// <paramref name="keep"/> before it computes the score, and BM25's document frequencies come from the whole index
    /// either way, so the scores are the same. <paramref name="keep"/> is registered on <paramref name="connection"/>
    /// as the function <c>tdx_keep</c> until <see cref="ForgetKeep"/>.
    /// </summary>
    public SqliteCommand RankCommand(SqliteConnection connection, Func<int, bool>? keep = null)
    {
        var command = Command(connection, _rankSql ?? throw new InvalidOperationException("nothing to rank by"), _rankParameters);
        if (keep is not null)
        {
            // A function, not "rowid IN (…)": FTS5 would run a new query, recounting document frequencies, per id.
            connection.CreateFunction("tdx_keep", (long id) => id is >= 0 and <= int.MaxValue && keep((int)id), isDeterministic: false);
            command.CommandText += " AND tdx_keep(rowid)";
        }

        return command;
    }

    /// <summary>Drops the function <see cref="RankCommand"/> registered, and the ids it holds.</summary>
    public static void ForgetKeep(SqliteConnection connection) => connection.CreateFunction("tdx_keep", (Func<long, bool>?)null);

    /// <summary>
    /// The MeSH expansion of an area: of its whole text when that names a descriptor, else of each alternative of a
    /// top-level OR that does ("liver cirrhosis OR premature ovarian failure", as a patient's conditions are searched).
    /// </summary>
    private static ConditionExpansion? Expand(MeshExpansion? mesh, Core.Search.Query.QueryNode node, string text)
    {
        if (mesh is null)
        {
            return null;
        }

        if (mesh.Expand(ExpandedText(node, text)) is { } whole)
        {
            return whole;
        }

        var operand = node is Core.Search.Query.ModifierNode modifier ? modifier.Operand : node;
        var parts = operand is Core.Search.Query.OrNode or
            ? or.Children.Where(c => c.Span.End <= text.Length).Select(c => mesh.Expand(text.Substring(c.Span.Start, c.Span.Length))).OfType<ConditionExpansion>().ToList()
            : [];
        return parts.Count == 0 ? null : ConditionExpansion.Union(parts);
    }

    /// <summary>The text named for MeSH expansion: the whole area, or the operand of an EXPANSION[…] around it all.</summary>
    private static string ExpandedText(Core.Search.Query.QueryNode node, string text) =>
        node is Core.Search.Query.ModifierNode { Operand.Span: var span } && span.End <= text.Length ? text.Substring(span.Start, span.Length) : text;

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqlParameters parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters.BindTo(command);
        return command;
    }
}

/// <summary>One text area of a selection: its text query and the MeSH expansion of its text, if any.</summary>
internal sealed record MemoryArea(TextQuery Query, ConditionExpansion? Expansion);
