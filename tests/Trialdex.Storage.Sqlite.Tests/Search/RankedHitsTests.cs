using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Vocabulary;
using Trialdex.Storage.Sqlite.Search;
using Trialdex.Storage.Sqlite.Search.Text;
using Trialdex.Storage.Sqlite.Tests.Contract;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Search;

/// <summary>
/// Searches answered from memory (<see cref="RankedHits"/>, cached) against the SQL path they stand in for: the same
/// pages in the same order with the same scores, totals, page tokens, nearest sites and facets.
/// </summary>
public sealed class RankedHitsTests : IDisposable
{
    private static readonly string[] Words = ["breast", "cancer", "liver", "cirrhosis", "stem", "cells", "pain", "quality", "life", "asthma", "vaccine", "children"];
    private static readonly string[] Statuses = ["RECRUITING", "COMPLETED", "TERMINATED", "NOT_YET_RECRUITING"];
    private static readonly string[] Classes = ["INDUSTRY", "NIH", "OTHER", "OTHER_GOV", "FED"];
    private static readonly (string City, string Country)[] Cities = [("Boston", "United States"), ("Chongqing", "China"), ("Paris", "France"), ("Cambridge", "United States")];

    private readonly TempDirectory _directory = new();

    public static TheoryData<string> Requests() =>
    [
        "query.term=cancer",
        "query.term=cancer&pageSize=7",
        "query.term=cancer&pageSize=7&pageToken=" + PageTokens.Encode(7),
        "query.term=cancer&pageSize=7&pageToken=" + PageTokens.Encode(63),
        "query.cond=breast cancer&countTotal=true",
        "query.cond=liver OR cirrhosis&sort=@relevance",
        "query.term=\"quality of life\"",
        "query.term=pain NOT cancer",
        "query.term=stem AND cells&query.cond=asthma",
        "query.intr=vaccine&filter.overallStatus=RECRUITING",
        "query.term=children&aggFilters=phase:2 3,sex:f",
        "filter.overallStatus=COMPLETED&pageSize=25",
        "aggFilters=status:rec&pageToken=" + PageTokens.Encode(20),
        "pageSize=1000",
        "query.cond=cancer&filter.geo=distance(42.36,-71.06,50mi)",
        "filter.geo=distance(42.36,-71.06,50mi)&pageSize=50",
        "filter.geo=distance(42.36,-71.06,5km)&filter.overallStatus=RECRUITING",
        "query.term=stem cells&filter.geo=distance(48.86,2.35,100km)",
        "query.term=life AND AREA[Phase]PHASE1&filter.geo=distance(29.56,106.55,30km)",
        "filter.geo=distance(0,0,10km)",
        "aggFilters=funderType:industry",
        "query.term=cancer&aggFilters=funderType:other fed,ages:child",
        "aggFilters=ages:older,healthy:y&filter.overallStatus=RECRUITING,COMPLETED",
        "query.cond=liver&aggFilters=results:without,studyType:int,sex:m",
        "query.term=life&filter.ids=NCT00899993,NCT00899986,NCT00899979",
        "query.term=cells&aggFilters=phase:1 NA&filter.geo=distance(42.36,-71.06,50mi)",
        "query.term=life&filter.advanced=AREA[Phase]PHASE2",
        "query.intr=vaccine&filter.advanced=AREA[StartDate]RANGE[2012-02-15,MAX]&aggFilters=phase:2",
        "filter.advanced=AREA[StartDate]RANGE[2010,2012] AND AREA[StudyFirstPostDate]RANGE[2015-03,MAX]&pageSize=30",
        "query.cond=cancer&filter.advanced=AREA[LastUpdatePostDate]RANGE[MIN,2021-06]",
        "query.term=cells&filter.advanced=AREA[StartDate]RANGE[2012-03-01,2013-02]&sort=StartDate:desc",
        "query.term=life&filter.advanced=AREA[StartDate]RANGE[MIN,MAX]&filter.geo=distance(42.36,-71.06,50mi)",
        "query.term=cells&filter.advanced=AREA[PrimaryCompletionDate]RANGE[2015-01-01,MAX]",
        "query.term=cancer AND AREA[Phase]PHASE3",
        "query.titles=nothingmatchesthis",
        "query.term=cancer&sort=LastUpdatePostDate:desc",
        "query.term=cancer&postFilter.overallStatus=RECRUITING",
        "query.cond=life&postFilter.aggFilters=phase:1,funderType:industry&sort=StartDate:desc",
        "filter.geo=distance(42.36,-71.06,50mi)&postFilter.aggFilters=sex:f&pageToken=" + PageTokens.Encode(10),
        "query.term=cells&postFilter.ids=NCT00899993,NCT00899986,NCT00899979",
        "query.term=cancer&sort=StartDate&pageToken=" + PageTokens.Encode(10),
        "filter.overallStatus=RECRUITING&sort=EnrollmentCount:desc,@relevance&pageSize=40",
        "query.cond=life&sort=StudyFirstPostDate,NCTId:desc",
        "query.term=cells&sort=NCTId:desc",
        "query.cond=cancer&filter.geo=distance(42.36,-71.06,50mi)&sort=distance",
        "filter.geo=distance(42.36,-71.06,500mi)&sort=distance:desc,LastUpdatePostDate&pageSize=30",
    ];

    /// <summary>Each request, answered from memory with FTS5 (false) and with the text index (true).</summary>
    public static TheoryData<string, bool> RequestsBothWays() => BothWays(Requests());

    private static TheoryData<string, bool> BothWays(TheoryData<string> requests)
    {
        var data = new TheoryData<string, bool>();
        foreach (var query in requests)
        {
            data.Add(query, false);
            data.Add(query, true);
        }

        return data;
    }

    /// <summary>The text index of the store at <paramref name="path"/> as committed now, or none.</summary>
    private static async Task<StoreSnapshots<TextIndex>?> TextsAsync(string path, bool withTextIndex)
    {
        if (!withTextIndex)
        {
            return null;
        }

        var texts = TextIndexes.Open(path);
        await texts.WaitForFreshAsync(default);
        return texts;
    }

    [Theory]
    [MemberData(nameof(RequestsBothWays))]
    public async Task Pages_from_memory_equal_the_sql_pages(string query, bool withTextIndex)
    {
        var path = await StoreAsync();
        var request = Parse(query) with { CountTotal = true, WithFacets = true };
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        using var texts = await TextsAsync(path, withTextIndex);
        var cache = RankedHits.Cache(64L << 20);
        await using var connection = Open(path);

        var expected = SqliteSearch.Run(connection, request, null, null, null, null);
        if (query.Contains("42.36", StringComparison.Ordinal) || query.Contains("48.86", StringComparison.Ordinal))
        {
            Assert.True(expected.TotalCount > 0, "a distance search around Boston or Paris should find the sites there");
        }

        if (query.Contains("Date]RANGE[", StringComparison.Ordinal) && !query.Contains("PrimaryCompletionDate", StringComparison.Ordinal))
        {
            Assert.True(expected.TotalCount > 0, "each date range asked should keep some of the shared records");
        }

        for (var round = 0; round < 2; round++)
        {
            // The first round reads the hits, the second takes them from the cache.
            var actual = SqliteSearch.Run(connection, request, null, snapshots, texts, cache);
            Assert.Equal(expected.Hits, actual.Hits);
            Assert.Equal(expected.TotalCount, actual.TotalCount);
            Assert.Equal(expected.NextPageToken, actual.NextPageToken);
            Assert.Equal(expected.Facets!.Keys, actual.Facets!.Keys);
            foreach (var (key, counts) in expected.Facets)
            {
                Assert.Equal(counts, actual.Facets[key]);
            }
        }

        // postFilter.ids is decided in SQL only: such a search does not use the cache.
        Assert.Equal(query.Contains("postFilter.ids", StringComparison.Ordinal) ? (0, 0) : (1, 1), cache.Lookups);
    }

    [Theory]
    [MemberData(nameof(RequestsBothWays))]
    public async Task Breakdowns_from_memory_equal_the_sql_breakdowns(string query, bool withTextIndex)
    {
        var path = await StoreAsync();
        var request = Parse(query);
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        using var texts = await TextsAsync(path, withTextIndex);
        await using var connection = Open(path);

        var expected = SqliteSearch.Breakdown(connection, request, null, null, null, null);
        var actual = SqliteSearch.Breakdown(connection, request, null, snapshots, texts, SqliteSearch.BreakdownCache(1L << 20), RankedHits.Cache(1L << 20));
        Assert.Equal(expected.Studies, actual.Studies);
        Assert.Equal(expected.Statuses, actual.Statuses);
        Assert.Equal(expected.Phases, actual.Phases);
        Assert.Equal(expected.StartYears, actual.StartYears);
        Assert.Equal(expected.Enrollments, actual.Enrollments);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.Places.Select(p => (p.Country, p.City, p.Studies)), actual.Places.Select(p => (p.Country, p.City, p.Studies)));
        foreach (var (e, a) in expected.Places.Zip(actual.Places))
        {
            Assert.Equal(e.Latitude ?? 0, a.Latitude ?? 0, 9);
            Assert.Equal(e.Longitude ?? 0, a.Longitude ?? 0, 9);
        }
    }

    [Fact]
    public async Task Paging_from_memory_returns_every_hit_once_in_the_sql_order()
    {
        var path = await StoreAsync();
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        var cache = RankedHits.Cache(64L << 20);
        await using var connection = Open(path);
        var all = SqliteSearch.Run(connection, Parse("query.term=cancer OR life&pageSize=1000"), null, null, null, null).Hits;
        Assert.True(all.Count > 100, $"only {all.Count} hits");

        var paged = new List<SearchHit>();
        string? token = null;
        do
        {
            var page = SqliteSearch.Run(connection, Parse("query.term=cancer OR life&pageSize=9" + (token is null ? "" : "&pageToken=" + token)), null, snapshots, null, cache);
            paged.AddRange(page.Hits);
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(all, paged);
        Assert.Equal(1, cache.Lookups.Misses);
    }

    [Fact]
    public async Task Only_a_search_that_counts_facets_starts_the_first_build_of_the_arrays()
    {
        var path = await StoreAsync();
        using var snapshots = FacetSnapshots.Open(path);
        await using var connection = Open(path);

        var plain = SqliteSearch.Run(connection, Parse("query.term=cancer"), null, snapshots, null, null);
        await Task.Delay(300);
        Assert.Null(snapshots.LastBuild);

        var faceted = SqliteSearch.Run(connection, Parse("query.term=cancer") with { WithFacets = true }, null, snapshots, null, null);
        for (var wait = 0; wait < 200 && snapshots.LastBuild is null; wait++)
        {
            await Task.Delay(50);
        }

        Assert.NotNull(snapshots.LastBuild);
        Assert.Equal(plain.Hits, faceted.Hits);
    }

    [Fact]
    public async Task Breakdowns_are_kept_until_a_commit()
    {
        var path = await StoreAsync();
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        var cache = SqliteSearch.BreakdownCache(1L << 20);
        await using var connection = Open(path);
        var request = Parse("query.term=cancer&postFilter.overallStatus=RECRUITING");

        var first = SqliteSearch.Breakdown(connection, request, null, snapshots, null, cache);
        Assert.Same(first, SqliteSearch.Breakdown(connection, request, null, snapshots, null, cache));
        Assert.NotSame(first, SqliteSearch.Breakdown(connection, Parse("query.term=cancer"), null, snapshots, null, cache));
        Assert.Equal(
            SqliteSearch.Breakdown(connection, request, null, null, null, null).Places.Select(p => (p.Country, p.City, p.Studies)),
            first.Places.Select(p => (p.Country, p.City, p.Studies)));

        using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE studies SET overall_status = 'RECRUITING'";
            update.ExecuteNonQuery();
        }

        await snapshots.WaitForFreshAsync(default);
        var after = SqliteSearch.Breakdown(connection, request, null, snapshots, null, cache);
        Assert.True(after.Studies > first.Studies, $"{after.Studies} recruiting after the update, {first.Studies} before");
    }

    [Fact]
    public async Task A_commit_drops_the_cached_hits()
    {
        var path = await StoreAsync();
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        var cache = RankedHits.Cache(64L << 20);
        await using var connection = Open(path);
        var request = Parse("filter.overallStatus=COMPLETED") with { CountTotal = true };
        var before = SqliteSearch.Run(connection, request, null, snapshots, null, cache).TotalCount;

        using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE studies SET overall_status = 'COMPLETED'";
            update.ExecuteNonQuery();
        }

        Assert.Equal(300, SqliteSearch.Run(connection, request, null, snapshots, null, cache).TotalCount);
        await snapshots.WaitForFreshAsync(default);
        Assert.Equal(300, SqliteSearch.Run(connection, request, null, snapshots, null, cache).TotalCount);
        Assert.NotEqual(300, before);
    }

    [Fact]
    public async Task The_cache_keeps_the_most_recently_used_hits_within_its_bound()
    {
        var path = await StoreAsync();
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        var snapshot = snapshots.TryGetFresh()!;
        await using var connection = Open(path);
        var hits = Words.ToDictionary(w => w, w => RankedHits.Read(connection, SearchSelection.Compile(Parse("query.term=" + w), null)));
        var cache = RankedHits.Cache(hits["cancer"].Bytes + Math.Max(hits["life"].Bytes, hits["pain"].Bytes));

        cache.GetOrRead(snapshot, "cancer", () => hits["cancer"]);
        cache.GetOrRead(snapshot, "life", () => hits["life"]);
        cache.GetOrRead(snapshot, "cancer", () => throw new InvalidOperationException("cancer should be held"));
        cache.GetOrRead(snapshot, "pain", () => hits["pain"]);         // over the bound: life, the least recently used, goes

        Assert.Same(hits["cancer"], cache.GetOrRead(snapshot, "cancer", () => throw new InvalidOperationException("cancer should be held")));
        var reread = false;
        cache.GetOrRead(snapshot, "life", () => { reread = true; return hits["life"]; });
        Assert.True(reread);
    }

    [Fact]
    public async Task A_cache_of_zero_bytes_keeps_nothing_and_lowering_the_bound_drops_entries()
    {
        var path = await StoreAsync();
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        var snapshot = snapshots.TryGetFresh()!;
        await using var connection = Open(path);
        var hits = RankedHits.Read(connection, SearchSelection.Compile(Parse("query.term=cancer"), null));
        var reads = 0;
        RankedHits Read()
        {
            reads++;
            return hits;
        }

        var cache = RankedHits.Cache(64L << 20);
        cache.GetOrRead(snapshot, "cancer", Read);
        cache.GetOrRead(snapshot, "cancer", Read);
        Assert.Equal(1, reads);

        cache.MaxBytes = 0;
        cache.GetOrRead(snapshot, "cancer", Read);
        cache.GetOrRead(snapshot, "cancer", Read);
        Assert.Equal(3, reads);
        Assert.Throws<ArgumentOutOfRangeException>(() => cache.MaxBytes = -1);
    }

    [Fact]
    public async Task Selections_differ_in_key_exactly_when_their_sql_or_values_differ()
    {
        using var snapshots = FacetSnapshots.Open(await StoreAsync());
        await snapshots.WaitForFreshAsync(default);
        string Key(string query) => SearchSelection.Compile(Parse(query), null).Key;

        Assert.Equal(Key("query.term=cancer&pageSize=5"), Key("query.term=cancer&pageToken=" + PageTokens.Encode(5) + "&countTotal=true"));
        Assert.NotEqual(Key("query.term=cancer"), Key("query.term=cancers"));
        Assert.NotEqual(Key("query.term=cancer"), Key("query.cond=cancer"));
        Assert.NotEqual(Key("query.term=cancer"), Key("query.term=cancer&filter.overallStatus=RECRUITING"));
        Assert.NotEqual(Key("filter.geo=distance(42.36,-71.06,50mi)"), Key("filter.geo=distance(42.36,-71.06,51mi)"));
        Assert.NotEqual(Key("query.term=\"a b\" c"), Key("query.term=\"a b c\""));
        string MemoryKey(string query) => SearchSelection.Compile(Parse(query), null, snapshots.TryGetFresh()).Key;
        Assert.NotEqual(MemoryKey("filter.geo=distance(42.36,-71.06,50mi)"), MemoryKey("filter.geo=distance(42.36,-71.06,51mi)"));
        Assert.NotEqual(MemoryKey("query.term=x&filter.geo=distance(42.36,-71.06,50mi)"), MemoryKey("query.term=x"));
        Assert.NotEqual(MemoryKey("query.term=x&aggFilters=phase:2"), MemoryKey("query.term=x&aggFilters=phase:3"));
        Assert.NotEqual(MemoryKey("query.term=x&filter.overallStatus=RECRUITING"), MemoryKey("query.term=x"));
        Assert.NotEqual(MemoryKey("query.term=x&filter.advanced=AREA[StartDate]RANGE[2012,MAX]"), MemoryKey("query.term=x&filter.advanced=AREA[StartDate]RANGE[2013,MAX]"));
        Assert.NotEqual(MemoryKey("query.term=x&filter.advanced=AREA[StartDate]RANGE[2012,MAX]"), MemoryKey("query.term=x&filter.advanced=AREA[StudyFirstPostDate]RANGE[2012,MAX]"));
        Assert.NotEqual(MemoryKey("query.term=x&filter.advanced=AREA[StartDate]RANGE[2012,MAX]"), MemoryKey("query.term=x"));
    }

    [Theory]
    [InlineData("query.cond=breast cancer", true)]
    [InlineData("query.term=stem AND cells&query.cond=asthma", true)]
    [InlineData("query.term=pain NOT cancer", true)]
    [InlineData("query.term=cancer&filter.geo=distance(42.36,-71.06,50mi)", true)]
    [InlineData("query.term=quality of life", false)]                 // "of" matches but is not ranked: two queries
    [InlineData("query.term=cancer&filter.overallStatus=RECRUITING", true)]
    [InlineData("query.term=cancer&filter.ids=NCT00899993", false)]
    [InlineData("query.term=cancer AND AREA[Phase]PHASE3", false)]
    [InlineData("query.term=cancer&filter.advanced=AREA[StartDate]RANGE[2012,MAX]", true)]  // a date range is decided in memory
    [InlineData("query.term=cancer&filter.advanced=AREA[Phase]PHASE3", false)]
    public async Task Text_only_selections_are_read_with_their_scores_in_one_query(string query, bool oneQuery)
    {
        using var snapshots = FacetSnapshots.Open(await StoreAsync());
        await snapshots.WaitForFreshAsync(default);
        Assert.Equal(oneQuery, SearchSelection.Compile(Parse(query), null, snapshots.TryGetFresh()).RankSelectsExactly);
    }

    [Theory]
    [InlineData("query.term=cancer")]
    [InlineData("query.cond=liver OR cirrhosis")]
    [InlineData("query.term=quality of life")]
    public async Task Scoring_only_some_studies_gives_them_the_scores_of_scoring_every_match(string query)
    {
        var path = await StoreAsync();
        await using var connection = Open(path);
        var selection = SearchSelection.Compile(Parse(query), null);
        var all = Scores(selection.RankCommand(connection));
        var some = Scores(selection.RankCommand(connection, id => id % 3 == 0));
        var none = Scores(selection.RankCommand(connection, _ => false));
        SearchSelection.ForgetKeep(connection);

        Assert.True(all.Count > some.Count && some.Count > 0, $"{some.Count} of {all.Count} scored");
        Assert.Equal(all.Where(p => p.Key % 3 == 0).OrderBy(p => p.Key), some.OrderBy(p => p.Key));
        Assert.Empty(none);
        using var forgotten = connection.CreateCommand();
        forgotten.CommandText = "SELECT tdx_keep(1)";
        Assert.Throws<SqliteException>(() => forgotten.ExecuteScalar());
    }

    private static Dictionary<int, double> Scores(SqliteCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var scores = new Dictionary<int, double>();
            while (reader.Read())
            {
                scores[reader.GetInt32(0)] = reader.GetDouble(1);
            }

            return scores;
        }
    }

    private static SearchRequest Parse(string query)
    {
        var parameters = query.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1]));
        var parsed = SearchParameters.Parse(parameters);
        return parsed.Request ?? throw new InvalidOperationException(string.Join("; ", parsed.Errors));
    }

    /// <summary>300 studies drawn from few words, statuses and cities, so that many hits tie on score.</summary>
    private async Task<string> StoreAsync()
    {
        var path = _directory.File("ranked.db");
        if (File.Exists(path))
        {
            return path;
        }

        var random = new Random(5);
        string Pick(string[] from, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]));
        var studies = Enumerable.Range(1, 300).Select(i =>
        {
            var (city, country) = Cities[random.Next(Cities.Length)];
            var phase = new[] { "PHASE1", "PHASE2", "PHASE3", "NA" }[random.Next(4)];
            return new JsonObject
            {
                ["protocolSection"] = new JsonObject
                {
                    ["identificationModule"] = new JsonObject { ["nctId"] = $"NCT{900000 - (i * 7 % 300):D8}", ["briefTitle"] = Pick(Words, 1 + random.Next(3)) },
                    ["statusModule"] = new JsonObject
                    {
                        ["overallStatus"] = Statuses[random.Next(Statuses.Length)],
                        ["startDateStruct"] = new JsonObject { ["date"] = $"20{10 + random.Next(5)}-0{1 + random.Next(3)}" },
                        ["studyFirstPostDateStruct"] = new JsonObject { ["date"] = $"2015-0{1 + random.Next(9)}-1{random.Next(9)}" },
                        ["lastUpdatePostDateStruct"] = new JsonObject { ["date"] = $"202{random.Next(4)}-0{1 + random.Next(9)}-01" },
                    },
                    ["conditionsModule"] = new JsonObject { ["conditions"] = new JsonArray(Pick(Words, 1 + random.Next(2)), Pick(Words, 2)) },
                    ["descriptionModule"] = new JsonObject { ["briefSummary"] = Pick(Words, random.Next(12)) },
                    ["designModule"] = new JsonObject
                    {
                        ["studyType"] = "INTERVENTIONAL",
                        ["phases"] = new JsonArray(phase),
                        ["enrollmentInfo"] = random.Next(5) == 0 ? null : new JsonObject { ["count"] = 10 * random.Next(8), ["type"] = "ACTUAL" },
                    },
                    ["armsInterventionsModule"] = new JsonObject { ["interventions"] = new JsonArray(new JsonObject { ["type"] = "DRUG", ["name"] = Pick(Words, 1) }) },
                    ["eligibilityModule"] = new JsonObject
                    {
                        ["sex"] = random.Next(3) == 0 ? "FEMALE" : "ALL",
                        ["healthyVolunteers"] = random.Next(4) == 0,
                        ["minimumAge"] = new[] { "6 Years", "20 Years", "70 Years" }[random.Next(3)],
                    },
                    ["sponsorCollaboratorsModule"] = new JsonObject
                    {
                        ["leadSponsor"] = new JsonObject { ["name"] = "Lead", ["class"] = Classes[random.Next(Classes.Length)] },
                        ["collaborators"] = new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => (JsonNode)new JsonObject { ["name"] = "Helper", ["class"] = Classes[random.Next(Classes.Length)] })]),
                    },
                    ["contactsLocationsModule"] = new JsonObject { ["locations"] = new JsonArray(new JsonObject { ["facility"] = "Hospital", ["city"] = city, ["country"] = country }) },
                },
                ["derivedSection"] = Derived(i % 5),
            };
        }).Select(SearchContract.Document).ToList();
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        await store.UpsertAsync(studies, default);
        return path;
    }

    /// <summary>Condition MeSH terms of five kinds: with ancestors, without (as legacy records), without an id, none.</summary>
    private static JsonObject Derived(int kind)
    {
        static JsonObject Term(string? id, string term) => id is null ? new JsonObject { ["term"] = term } : new JsonObject { ["id"] = id, ["term"] = term };
        var (meshes, ancestors) = kind switch
        {
            0 => (new[] { Term("D001943", "Breast Neoplasms") }, new[] { Term("D009371", "Neoplasms"), Term("D001941", "Breast Diseases") }),
            1 => ([Term(null, "Liver Neoplasms")], []),
            2 => ([Term("D008103", "Liver Cirrhosis")], [Term("D008107", "Liver Diseases")]),
            3 => ([Term("D001249", "ASTHMA")], []),
            _ => ([], Array.Empty<JsonObject>()),
        };
        return new JsonObject
        {
            ["conditionBrowseModule"] = new JsonObject { ["meshes"] = new JsonArray([.. meshes]), ["ancestors"] = new JsonArray([.. ancestors]) },
        };
    }

    private static MeshExpansion Mesh() => new(new MeshVocabulary(
    [
        new MeshDescriptor("D009371", "Neoplasms", ["Cancer", "Tumors"], ["C04"]),
        new MeshDescriptor("D001943", "Breast Neoplasms", ["Breast Cancer"], ["C04.588.180", "C17.800.090.500"]),
        new MeshDescriptor("D008113", "Liver Neoplasms", ["Liver Cancer"], ["C04.588.274.623", "C06.552.697"]),
        new MeshDescriptor("D008107", "Liver Diseases", [], ["C06.552"]),
        new MeshDescriptor("D008103", "Liver Cirrhosis", ["Hepatic Cirrhosis"], ["C06.552.630"]),
        new MeshDescriptor("D001249", "Asthma", [], ["C08.127.108"]),
    ]));

    public static TheoryData<string> MeshRequests() =>
    [
        "query.cond=cancer",
        "query.cond=cancer&filter.geo=distance(42.36,-71.06,50mi)&sort=distance",
        "query.cond=cancer&aggFilters=phase:2 3&pageSize=25",
        "query.cond=liver diseases&sort=LastUpdatePostDate:desc",
        "query.cond=hepatic cirrhosis&postFilter.overallStatus=RECRUITING",
        "query.cond=breast cancer&query.term=life",
        "query.cond=asthma&pageToken=" + PageTokens.Encode(10),
        "query.cond=cancer&filter.advanced=AREA[Phase]PHASE2",
        "query.cond=EXPANSION[None]cancer",
        "query.cond=asthma OR \"liver cancer\"&filter.overallStatus=RECRUITING",
    ];

    public static TheoryData<string, bool> MeshRequestsBothWays() => BothWays(MeshRequests());

    [Theory]
    [MemberData(nameof(MeshRequestsBothWays))]
    public async Task With_a_vocabulary_pages_from_memory_equal_the_sql_pages_and_reach_the_descendants(string query, bool withTextIndex)
    {
        var path = await StoreAsync();
        var request = Parse(query) with { CountTotal = true, WithFacets = true };
        using var snapshots = FacetSnapshots.Open(path);
        await snapshots.WaitForFreshAsync(default);
        using var texts = await TextsAsync(path, withTextIndex);
        await using var connection = Open(path);
        var mesh = Mesh();

        var expected = SqliteSearch.Run(connection, request, mesh, null, null, null);
        var actual = SqliteSearch.Run(connection, request, mesh, snapshots, texts, RankedHits.Cache(64L << 20));

        Assert.Equal(expected.Hits, actual.Hits);
        Assert.Equal(expected.TotalCount, actual.TotalCount);
        Assert.Equal(expected.NextPageToken, actual.NextPageToken);
        foreach (var (key, counts) in expected.Facets!)
        {
            Assert.Equal(counts, actual.Facets![key]);
        }

        var expands = !query.Contains("EXPANSION[None]", StringComparison.Ordinal);
        Assert.Equal(expands && !query.Contains("advanced", StringComparison.Ordinal), SearchSelection.Compile(request, mesh, snapshots.TryGetFresh()).MemoryAreas is not null);
        var unexpanded = SqliteSearch.Run(connection, request, null, null, null, null);
        Assert.True(expands ? expected.TotalCount >= unexpanded.TotalCount : expected.TotalCount == unexpanded.TotalCount,
            $"{expected.TotalCount} hits with the vocabulary, {unexpanded.TotalCount} without");
        if (query == "query.cond=cancer")
        {
            // Liver Neoplasms (no id, no ancestors, no "cancer" in its text) is reached only below Neoplasms.
            Assert.True(expected.TotalCount > unexpanded.TotalCount, $"{expected.TotalCount} hits with the vocabulary, {unexpanded.TotalCount} without");
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        SqliteStudyStore.RegisterFunctions(connection);
        return connection;
    }

    public void Dispose() => _directory.Dispose();
}
