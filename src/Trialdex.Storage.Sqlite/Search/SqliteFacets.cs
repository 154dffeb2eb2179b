using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Facet counts over the current matching set (<c>search_hits</c>), keyed like aggFilters (phase → "2"), plus
/// countries and the most frequent conditions.
/// </summary>
internal static class SqliteFacets
{
    private const string Hits = "FROM search_hits h CROSS JOIN studies s ON s.id = h.id";

    /// <summary>How many countries and conditions the facets list.</summary>
    public const int TopCountries = 50, TopConditions = 25;

    private static readonly string[] KeyedFacets = ["phase", "studyType", "status", "results", "healthy", "sex", "funderType", "ages"];

    /// <summary>
    /// Counts with the store's <see cref="FacetSnapshot"/> when it is fresh (one read of the hit ids, then arrays),
    /// else with <see cref="CountWithSql"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Count(SqliteConnection connection, StoreSnapshots<FacetSnapshot>? snapshots)
    {
        if (snapshots?.TryGetFresh() is not { } snapshot)
        {
            return CountWithSql(connection);
        }

        return Count(connection, snapshot);
    }

    /// <summary>Counts <paramref name="hits"/> (study ids) with <paramref name="snapshot"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Count(FacetSnapshot snapshot, ReadOnlySpan<int> hits) => Finish(snapshot.Count(hits));

    /// <summary>Counts the hits with <paramref name="snapshot"/>, fresh or not.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Count(SqliteConnection connection, FacetSnapshot snapshot)
    {
        return Finish(snapshot.Count(HitIds(connection, "search_hits")));
    }

    /// <summary>
    /// The reference: ten queries over <c>search_hits</c>. A condition shows its BINARY-smallest spelling among the
    /// hits (min(name)); a bare name would be whichever row SQLite's sorter happened to leave last in the group.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> CountWithSql(SqliteConnection connection) =>
        Finish(new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal)
        {
            ["phase"] = Plain(connection, "SELECT x.phase, count(DISTINCT x.study_id) FROM search_hits h CROSS JOIN study_phases x ON x.study_id = h.id GROUP BY 1"),
            ["studyType"] = Plain(connection, $"SELECT s.study_type, count(*) {Hits} WHERE s.study_type IS NOT NULL GROUP BY 1"),
            ["status"] = Plain(connection, $"SELECT s.overall_status, count(*) {Hits} WHERE s.overall_status IS NOT NULL GROUP BY 1"),
            ["results"] = Plain(connection, $"SELECT s.has_results, count(*) {Hits} GROUP BY 1"),
            ["healthy"] = Plain(connection, $"SELECT s.healthy_volunteers, count(*) {Hits} WHERE s.healthy_volunteers = 1 GROUP BY 1"),
            ["sex"] = Plain(connection, $"SELECT s.sex, count(*) {Hits} WHERE s.sex IS NOT NULL GROUP BY 1"),
            ["funderType"] = Plain(connection, $"SELECT s.lead_sponsor_class, count(*) {Hits} WHERE s.lead_sponsor_class IS NOT NULL GROUP BY 1"),
            ["ages"] = Plain(connection, string.Join(" UNION ALL ", new[] { "CHILD", "ADULT", "OLDER_ADULT" }
                .Select(a => $"SELECT '{a}', count(*) {Hits} WHERE (' ' || s.std_ages || ' ') LIKE '% {a} %'"))),
            ["country"] = Countries(connection),
            ["condition"] = Plain(connection, $"SELECT min(x.name), count(DISTINCT x.study_id) FROM search_hits h CROSS JOIN study_conditions x ON x.study_id = h.id GROUP BY x.name COLLATE NOCASE ORDER BY 2 DESC, 1 LIMIT {TopConditions}"),
        });

    /// <summary>Raw counts per facet to what the API returns: aggFilters keys, most first, the top countries.</summary>
    private static Dictionary<string, IReadOnlyList<FacetCount>> Finish(Dictionary<string, List<FacetCount>> raw)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var key in KeyedFacets)
        {
            facets[key] = Keyed(key, raw[key]);
        }

        facets["country"] = raw["country"].OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(TopCountries).ToList();
        facets["condition"] = raw["condition"];
        return facets;
    }

    /// <summary>
    /// Studies per site country from each study's list of distinct countries (one row per hit, where joining the
    /// sites would read every site of every hit).
    /// </summary>
    private static List<FacetCount> Countries(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT s.countries {Hits} WHERE s.countries <> ''";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            foreach (var country in reader.GetString(0).Split('\n'))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }

        return counts.Select(c => new FacetCount(c.Key, c.Value)).ToList();
    }

    /// <summary>
    /// Counts over every study in <paramref name="table"/> (a temp table of study ids), see <see cref="SearchBreakdown"/>:
    /// from the snapshot when it is fresh (the places' mean positions may differ from the SQL's in the last bits,
    /// as the sums are added in another order).
    /// </summary>
    public static SearchBreakdown Breakdown(SqliteConnection connection, string table, StoreSnapshots<FacetSnapshot>? snapshots)
    {
        if (snapshots?.TryGetFresh() is not { } snapshot)
        {
            return BreakdownWithSql(connection, table);
        }

        return Breakdown(snapshot, HitIds(connection, table));
    }

    /// <summary>Counts over <paramref name="hits"/> (distinct study ids, ascending) from <paramref name="snapshot"/>.</summary>
    public static SearchBreakdown Breakdown(FacetSnapshot snapshot, int[] hits)
    {
        var (statuses, phases, years, enrollments, countries) = snapshot.Landscape(hits);
        return new SearchBreakdown(
            hits.Length,
            Keyed("status", statuses),
            Keyed("phase", phases),
            years.OrderBy(c => c.Value, CodePointOrder.Instance).ToList(),
            enrollments.Select(c => new EnrollmentCount(long.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture), c.Count)).OrderBy(c => c.Enrollment).ToList(),
            countries.OrderByDescending(c => c.Count).ThenBy(c => c.Value, CodePointOrder.Instance).ToList(),
            snapshot.Places(hits));
    }

    /// <summary>The reference for <see cref="Breakdown(SqliteConnection, string, StoreSnapshots{FacetSnapshot}?)"/>: one query per chart.</summary>
    public static SearchBreakdown BreakdownWithSql(SqliteConnection connection, string table)
    {
        var hits = $"FROM {table} h CROSS JOIN studies s ON s.id = h.id";
        var studies = Plain(connection, $"SELECT 'all', count(*) FROM {table}")[0].Count;
        var statuses = Keyed(connection, "status", $"SELECT s.overall_status, count(*) {hits} WHERE s.overall_status IS NOT NULL GROUP BY 1");
        var phases = Keyed(connection, "phase", $"SELECT x.phase, count(DISTINCT x.study_id) FROM {table} h CROSS JOIN study_phases x ON x.study_id = h.id GROUP BY 1");
        var years = Plain(connection, $"SELECT substr(s.start_date, 1, 4), count(*) {hits} WHERE s.start_date IS NOT NULL GROUP BY 1 ORDER BY 1");
        var enrollments = Plain(connection, $"SELECT s.enrollment, count(*) {hits} WHERE s.enrollment IS NOT NULL GROUP BY 1 ORDER BY 1")
            .Select(c => new EnrollmentCount(long.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture), c.Count)).ToList();
        var countries = Plain(connection, $"SELECT x.country, count(DISTINCT x.study_id) FROM {table} h CROSS JOIN study_locations x ON x.study_id = h.id WHERE x.country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1");
        return new SearchBreakdown(studies, statuses, phases, years, enrollments, countries, Places(connection, table));
    }

    private static int[] HitIds(SqliteConnection connection, string table)
    {
        var hits = new List<int>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id FROM {table}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(checked((int)reader.GetInt64(0)));
        }

        return [.. hits];
    }

    private static List<PlaceCount> Places(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT x.country, min(x.city), avg(x.latitude), avg(x.longitude), count(DISTINCT x.study_id)
            FROM {table} h CROSS JOIN study_locations x ON x.study_id = h.id WHERE x.country IS NOT NULL
            GROUP BY x.country, x.city COLLATE NOCASE ORDER BY 5 DESC, 1, 2
            """;
        using var reader = command.ExecuteReader();
        var places = new List<PlaceCount>();
        while (reader.Read())
        {
            places.Add(new PlaceCount(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetDouble(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3),
                reader.GetInt64(4)));
        }

        return places;
    }

    /// <summary>Counts whose stored values map back to aggFilters values; several stored values of one filter value add up.</summary>
    private static List<FacetCount> Keyed(SqliteConnection connection, string key, string sql) => Keyed(key, Plain(connection, sql));

    private static List<FacetCount> Keyed(string key, List<FacetCount> counts)
    {
        var reverse = AggregateFilters.Keys[key].SelectMany(pair => pair.Value.Select(stored => (stored, pair.Key)))
            .GroupBy(p => p.stored, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        return counts
            .Where(c => c.Count > 0)
            .GroupBy(c => reverse.GetValueOrDefault(c.Value, c.Value), StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Sum(c => c.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
    }

    private static List<FacetCount> Plain(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new List<FacetCount>();
        while (reader.Read())
        {
            counts.Add(new FacetCount(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.GetInt64(1)));
        }

        return counts;
    }
}
