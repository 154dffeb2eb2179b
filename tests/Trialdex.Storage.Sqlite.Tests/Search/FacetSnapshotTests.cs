using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Storage.Sqlite.Search;
using Trialdex.Storage.Sqlite.Tests.Contract;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Search;

/// <summary>The in-memory facet snapshot against the SQL facets it replaces, which stay as the reference.</summary>
public sealed class FacetSnapshotTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Snapshot_counts_equal_the_sql_counts_on_the_contract_corpus()
    {
        var path = _directory.File("contract.db");
        await using (var store = await SqliteStudyStore.OpenAsync(path, default))
        {
            await store.UpsertAsync(SearchContract.Corpus().Select(SearchContract.Document).ToList(), default);
        }

        await AssertSameCountsAsync(path, new Random(1), subsets: 40);
    }

    [Fact]
    public async Task Snapshot_counts_equal_the_sql_counts_on_a_randomized_store()
    {
        var path = _directory.File("random.db");
        await using (var store = await SqliteStudyStore.OpenAsync(path, default))
        {
        }

        var random = new Random(7);
        await using (var connection = Open(path))
        {
            FillRandomly(connection, random, studies: 3000);
        }

        await AssertSameCountsAsync(path, random, subsets: 60);
    }

    [Fact]
    public async Task A_commit_by_another_connection_makes_the_snapshot_stale_until_it_is_rebuilt()
    {
        var path = _directory.File("fresh.db");
        await using (var store = await SqliteStudyStore.OpenAsync(path, default))
        {
            await store.UpsertAsync(SearchContract.Corpus().Select(SearchContract.Document).ToList(), default);
        }

        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        await using var connection = Open(path);
        Execute(connection, "UPDATE studies SET overall_status = 'WITHDRAWN'");

        Assert.Null(snapshots.TryGetFresh());
        await snapshots.WaitForFreshAsync(default);
        Execute(connection, "CREATE TEMP TABLE search_hits (id INTEGER PRIMARY KEY); INSERT INTO search_hits SELECT id FROM studies;");
        var status = SqliteFacets.Count(connection, snapshots)["status"];
        Assert.Equal([new FacetCount("wit", 8)], status);
    }

    [Fact]
    public async Task Snapshot_breakdowns_equal_the_sql_breakdowns()
    {
        var contract = _directory.File("contract-breakdown.db");
        await using (var store = await SqliteStudyStore.OpenAsync(contract, default))
        {
            await store.UpsertAsync(SearchContract.Corpus().Select(SearchContract.Document).ToList(), default);
        }

        var path = _directory.File("random-breakdown.db");
        await using (var store = await SqliteStudyStore.OpenAsync(path, default))
        {
        }

        var random = new Random(11);
        await using (var connection = Open(path))
        {
            FillRandomly(connection, random, studies: 2000, withLocations: true);
        }

        foreach (var store in new[] { contract, path })
        {
            using var snapshots = FacetSnapshots.Open(store);
            await snapshots.WaitForFreshAsync(default);
            await using var connection = Open(store);
            Execute(connection, "CREATE TEMP TABLE breakdown_hits (id INTEGER PRIMARY KEY)");
            for (var subset = 0; subset < 20; subset++)
            {
                Execute(connection, $"DELETE FROM breakdown_hits; INSERT INTO breakdown_hits SELECT id FROM studies WHERE abs(random()) % 100 < {subset * 5};");
                var expected = SqliteFacets.BreakdownWithSql(connection, "breakdown_hits");
                var actual = SqliteFacets.Breakdown(connection, "breakdown_hits", snapshots);
                Assert.NotNull(snapshots.TryGetFresh());
                Assert.Equal(expected.Studies, actual.Studies);
                Assert.Equal(expected.Statuses, actual.Statuses);
                Assert.Equal(expected.Phases, actual.Phases);
                Assert.Equal(expected.StartYears, actual.StartYears);
                Assert.Equal(expected.Enrollments, actual.Enrollments);
                Assert.Equal(expected.Countries, actual.Countries);
                AssertSamePlaces(expected.Places, actual.Places);
            }
        }
    }

    [Fact]
    public async Task Concurrent_searches_during_commits_count_what_is_committed()
    {
        var path = _directory.File("concurrent.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        await store.UpsertAsync(SearchContract.Corpus().Select(SearchContract.Document).ToList(), default);
        await store.WaitForFacetSnapshotAsync(default);
        var request = new SearchRequest { WithFacets = true };

        // Given searches on pooled connections while another connection keeps committing
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var connection = Open(path);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                Execute(connection, $"UPDATE studies SET overall_status = '{(i % 2 == 0 ? "WITHDRAWN" : "COMPLETED")}' WHERE nct_id = 'NCT00000001'");
                await Task.Delay(3);
            }

            Execute(connection, "UPDATE studies SET overall_status = 'SUSPENDED' WHERE nct_id = 'NCT00000001'");
        });
        var searches = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var status = (await store.SearchAsync(request, default)).Facets!["status"];
                Assert.Equal(8, status.Sum(c => c.Count));
            }
        })).ToList();
        await Task.WhenAll(searches);
        await stop.CancelAsync();
        await writer;

        // When the commits stop, then the counts are those of the last commit, from a rebuilt snapshot
        await store.WaitForFacetSnapshotAsync(default);
        var facets = (await store.SearchAsync(request, default)).Facets!;
        Assert.Contains(new FacetCount("sus", 1), facets["status"]);
        Assert.DoesNotContain(facets["status"], c => c.Value is "wit");
    }

    /// <summary>The same cities, names and counts in the same order; mean positions equal but for the last bits (sums in another order).</summary>
    private static void AssertSamePlaces(IReadOnlyList<PlaceCount> expected, IReadOnlyList<PlaceCount> actual)
    {
        Assert.Equal(expected.Select(p => (p.Country, p.City, p.Studies)), actual.Select(p => (p.Country, p.City, p.Studies)));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.Latitude.HasValue, a.Latitude.HasValue);
            Assert.Equal(e.Longitude.HasValue, a.Longitude.HasValue);
            Assert.Equal(e.Latitude ?? 0, a.Latitude ?? 0, 9);
            Assert.Equal(e.Longitude ?? 0, a.Longitude ?? 0, 9);
        }
    }

    private static async Task AssertSameCountsAsync(string path, Random random, int subsets)
    {
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        await using var connection = Open(path);
        Execute(connection, "CREATE TEMP TABLE search_hits (id INTEGER PRIMARY KEY)");
        var ids = new List<long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM studies";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        for (var subset = 0; subset < subsets; subset++)
        {
            // All, none, and random fractions; a few ids that no study has, as a search may never produce but SQL skips.
            var share = subset switch { 0 => 1.0, 1 => 0.0, _ => Math.Pow(random.NextDouble(), 3) };
            var hits = ids.Where(_ => random.NextDouble() < share).Concat(subset % 5 == 0 ? [ids.Max() + 1, 0] : []).ToList();
            Execute(connection, "DELETE FROM search_hits");
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO search_hits VALUES ($id)";
                var parameter = insert.Parameters.Add("$id", SqliteType.Integer);
                foreach (var hit in hits)
                {
                    parameter.Value = hit;
                    insert.ExecuteNonQuery();
                }
            }

            var expected = SqliteFacets.CountWithSql(connection);
            var actual = SqliteFacets.Count(connection, snapshots.TryGetFresh() ?? throw new InvalidOperationException("stale snapshot"));
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (key, counts) in expected)
            {
                Assert.True(counts.SequenceEqual(actual[key]), $"subset {subset}, {key}: expected {Show(counts)} but got {Show(actual[key])}");
            }
        }
    }

    /// <summary>
    /// Studies with values drawn from small pools, so that counts tie, conditions differ only in ASCII case (and in
    /// non-ASCII case, which NOCASE keeps apart), some columns are NULL, and countries lists repeat.
    /// </summary>
    private static void FillRandomly(SqliteConnection connection, Random random, int studies, bool withLocations = false)
    {
        string? Pick(params string?[] values) => values[random.Next(values.Length)];
        string[] conditions = ["Breast Cancer", "breast cancer", "BREAST CANCER", "Asthma", "asthma", "Ärger", "ärger", "ÄRGER", "Diabetes", "COVID-19", "covid-19", "Pain", "Zzz", "a", "B", "b",
            .. Enumerable.Range(0, 60).Select(k => (k % 3) switch { 0 => "cond ", 1 => "Cond ", _ => "COND " } + (k / 2).ToString(CultureInfo.InvariantCulture))];
        string[] countries = ["United States", "China", "France", "Côte d'Ivoire", "Korea, Republic of", "united states", ""];
        string[] phases = ["EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA"];
        using var transaction = connection.BeginTransaction();
        for (var i = 1; i <= studies; i++)
        {
            var id = (i * 3) + random.Next(3); // gaps between ids
            var ages = string.Join(' ', new[] { "CHILD", "ADULT", "OLDER_ADULT", "child", "OLDERxADULT" }.Where(_ => random.Next(3) == 0));
            var picked = Enumerable.Range(0, random.Next(4)).Select(_ => Pick(countries)!).ToList();
            if (withLocations)
            {
                // As the writer stores them: studies.countries lists the distinct countries of the study's sites.
                picked = picked.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            }

            var countryList = string.Join('\n', picked);
            Execute(connection, transaction, """
                INSERT INTO studies (id, nct_id, json_sha256, source_format, source_file, source_position, imported_at, overall_status, phases,
                    study_type, sex, healthy_volunteers, lead_sponsor_class, collaborator_classes, std_ages, has_results, countries, start_date, enrollment)
                VALUES ($id, $nct, x'00', 'sample', 'f', 'p', '2024-01-01', $status, '', $type, $sex, $healthy, $class, '', $ages, $results, $countries, $start, $enrollment)
                """,
                ("$id", id), ("$nct", TestStudies.Id(i)), ("$status", Pick("RECRUITING", "COMPLETED", "UNKNOWN", "WITHDRAWN", null)),
                ("$start", Pick("2019-03-01", "2021-01-01", "1999-12-31", null)), ("$enrollment", random.Next(4) == 0 ? null : random.Next(50)),
                ("$type", Pick("INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS", null)), ("$sex", Pick("ALL", "FEMALE", "MALE", null)),
                ("$healthy", random.Next(4) switch { 0 => null, 1 => 0L, 2 => 1L, _ => "1" }), ("$class", Pick("INDUSTRY", "NIH", "OTHER", "FED", null)),
                ("$ages", ages), ("$results", random.Next(2)), ("$countries", countryList));
            foreach (var (country, site) in withLocations ? picked.SelectMany(c => Enumerable.Range(0, 1 + random.Next(2)).Select(n => (c, n))) : [])
            {
                Execute(connection, transaction, "INSERT INTO study_locations (study_id, position, city, country, latitude, longitude, geo_approximate) VALUES ($id, $site, $city, $country, $lat, 1.5, 0)",
                    ("$id", id), ("$site", site), ("$city", Pick("Paris", "paris", "Boston", null)), ("$country", country), ("$lat", site * 1.0));
            }
            foreach (var phase in phases.Where(_ => random.Next(4) == 0).Concat(random.Next(10) == 0 ? ["PHASE1"] : []))
            {
                Execute(connection, transaction, "INSERT INTO study_phases VALUES ($id, $phase)", ("$id", id), ("$phase", phase));
            }

            for (var position = 0; position < random.Next(5); position++)
            {
                Execute(connection, transaction, "INSERT INTO study_conditions VALUES ($id, $position, $name)", ("$id", id), ("$position", position), ("$name", Pick(conditions)));
            }
        }

        transaction.Commit();
    }

    private static string Show(IReadOnlyList<FacetCount> counts) => string.Join(", ", counts.Select(c => c.Value + "=" + c.Count.ToString(CultureInfo.InvariantCulture)));

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql) => Execute(connection, null, sql);

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => _directory.Dispose();
}
