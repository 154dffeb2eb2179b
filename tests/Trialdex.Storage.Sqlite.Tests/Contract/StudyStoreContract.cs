using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Contract;

/// <summary>
/// What every <see cref="IStudyStore"/> must do. Each implementation's test class derives from this and says how
/// to open a fresh, real store; the PostgreSQL store will run the same tests.
/// </summary>
public abstract partial class StudyStoreContract : IAsyncLifetime
{
    protected IStudyStore Store { get; private set; } = null!;

    protected abstract Task<IStudyStore> OpenFreshStoreAsync();

    public async Task InitializeAsync() => Store = await OpenFreshStoreAsync();

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    protected static StudyDocument Document(JsonObject node, SourceFormat format = SourceFormat.ApiV2Json, byte[]? original = null) =>
        Document(Encoding.UTF8.GetBytes(node.ToJsonString()), format, original);

    private static StudyDocument Document(byte[] json, SourceFormat format = SourceFormat.ApiV2Json, byte[]? original = null)
    {
        var study = StudyJson.Parse(json);
        return StudyDocument.Create(study.NctId!, json, study, format, "test.json", "study", original);
    }

    protected static StudyDocument Document(string nctId, string? lastUpdate = "2024-01-15", string title = "A Test Study of Stem Cells for Liver Cirrhosis") =>
        Document(TestStudies.Node(nctId, lastUpdate, title: title));

    protected async Task<List<string>> TermAsync(string text)
    {
        var request = Trialdex.Core.Search.SearchParameters.Parse([new("query.term", text)]).Request!;
        return (await Store.SearchAsync(request, default)).Hits.Select(h => h.NctId).ToList();
    }

    [Fact]
    public async Task Field_value_statistics_count_studies_per_value_and_the_studies_without_one()
    {
        var noPhase = TestStudies.Node(TestStudies.Id(3));
        noPhase["protocolSection"]!["designModule"]!.AsObject().Remove("phases");
        noPhase["protocolSection"]!["eligibilityModule"]!["healthyVolunteers"] = true;
        var phase3 = TestStudies.Node(TestStudies.Id(2), status: "COMPLETED");
        phase3["protocolSection"]!["designModule"]!["phases"] = new JsonArray("PHASE3");
        phase3["protocolSection"]!["conditionsModule"]!["conditions"] = new JsonArray("Asthma", "Liver Cirrhosis");
        await Store.UpsertAsync([Document(TestStudies.Id(1)), Document(phase3), Document(noPhase)], default);

        var phases = await Store.GetFieldValuesAsync(FieldValuePieces.Find("Phase")!, default);
        var conditions = await Store.GetFieldValuesAsync(FieldValuePieces.Find("protocolSection.conditionsModule.conditions")!, default);
        var status = await Store.GetFieldValuesAsync(FieldValuePieces.Find("overallstatus")!, default);
        var healthy = await Store.GetFieldValuesAsync(FieldValuePieces.Find("HealthyVolunteers")!, default);

        Assert.Equal(1, phases.MissingStudiesCount);
        Assert.Equal(3, phases.UniqueValuesCount);
        Assert.Equal(["PHASE1:1", "PHASE2:1", "PHASE3:1"], phases.TopValues.Select(v => $"{v.Value}:{v.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(["Liver Cirrhosis:3", "Asthma:1"], conditions.TopValues.Select(v => $"{v.Value}:{v.Count}"));
        Assert.Equal(0, conditions.MissingStudiesCount);
        Assert.Equal(["RECRUITING:2", "COMPLETED:1"], status.TopValues.Select(v => $"{v.Value}:{v.Count}"));
        Assert.Equal((1L, 0L, 2L), (healthy.TrueCount!.Value, healthy.FalseCount!.Value, healthy.MissingStudiesCount));
    }

    [Fact]
    public async Task A_fresh_store_is_fresh_until_something_is_stored()
    {
        Assert.True(await Store.IsFreshAsync(default));
        await Store.UpsertAsync([Document(TestStudies.Id(1))], default);
        Assert.False(await Store.IsFreshAsync(default));
    }

    [Fact]
    public async Task A_stored_study_comes_back_byte_for_byte_whatever_the_case_of_the_id()
    {
        var json = Encoding.UTF8.GetBytes(TestStudies.Node(TestStudies.Id(1)).ToJsonString());
        Assert.Equal([UpsertOutcome.Imported], await Store.UpsertAsync([Document(json)], default));
        var stored = await Store.FindAsync(TestStudies.Id(1).ToLowerInvariant(), default);
        Assert.NotNull(stored);
        Assert.Equal(json, stored.Json.ToArray());
        Assert.Equal(SourceFormat.ApiV2Json, stored.Format);
        Assert.Equal("test.json", stored.SourceFile);
        Assert.Null(await Store.FindAsync(TestStudies.Id(2), default));
    }

    [Fact]
    public async Task The_original_source_document_is_kept_beside_the_json()
    {
        var xml = Encoding.UTF8.GetBytes("<clinical_study>" + new string('x', 10_000) + "</clinical_study>");
        await Store.UpsertAsync([Document(TestStudies.Node(TestStudies.Id(1)), SourceFormat.LegacyXml, xml)], default);
        var stored = await Store.FindAsync(TestStudies.Id(1), default);
        Assert.Equal(xml, stored!.OriginalDocument!.Value.ToArray());
        Assert.Equal(SourceFormat.LegacyXml, stored.Format);
    }

    [Fact]
    public async Task A_newer_record_replaces_the_stored_one_and_an_older_one_never_does()
    {
        await Store.UpsertAsync([Document(TestStudies.Id(1), "2024-01-15", "first")], default);
        Assert.Equal([UpsertOutcome.Updated], await Store.UpsertAsync([Document(TestStudies.Id(1), "2024-03-01", "newer")], default));
        Assert.Equal([UpsertOutcome.Unchanged], await Store.UpsertAsync([Document(TestStudies.Id(1), "2023-12-31", "older")], default));
        Assert.Equal([UpsertOutcome.Unchanged], await Store.UpsertAsync([Document(TestStudies.Id(1), "2024-03-01", "newer")], default));
        var stored = JsonNode.Parse((await Store.FindAsync(TestStudies.Id(1), default))!.Json.Span)!;
        Assert.Equal("newer", stored["protocolSection"]!["identificationModule"]!["briefTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task Duplicates_within_one_batch_resolve_as_if_imported_one_after_another()
    {
        var outcomes = await Store.UpsertAsync(
            [Document(TestStudies.Id(1), "2024-01-01", "a"), Document(TestStudies.Id(1), "2024-02-01", "b"), Document(TestStudies.Id(1), "2023-01-01", "c")], default);
        Assert.Equal([UpsertOutcome.Imported, UpsertOutcome.Updated, UpsertOutcome.Unchanged], outcomes);
        Assert.Equal(1, (await Store.GetStatisticsAsync(default)).Studies);
    }

    [Fact]
    public async Task Replacing_a_study_replaces_its_index_rows_too()
    {
        await Store.UpsertAsync([Document(TestStudies.Id(1), "2024-01-01", "Melasma exosomes")], default);
        await Store.UpsertAsync([Document(TestStudies.Id(1), "2024-02-01", "Asherman syndrome amniotic cells")], default);
        Assert.Empty(await TermAsync("melasma"));
        Assert.Equal(TestStudies.Id(1), Assert.Single(await TermAsync("asherman")));
        var stats = await Store.GetStatisticsAsync(default);
        Assert.Equal(1, stats.ByCountry["China"]);
        Assert.Equal(1, stats.ByPhase["PHASE2"]);
    }

    [Fact]
    public async Task A_study_replaced_within_one_batch_is_found_by_its_newer_text_only()
    {
        await Store.UpsertAsync(
            [
                Document(TestStudies.Id(1), "2024-01-01", "Melasma exosomes"),
                Document(TestStudies.Id(2), "2024-01-01", "Melasma cream"),
                Document(TestStudies.Id(1), "2024-02-01", "Asherman syndrome amniotic cells"),
            ], default);

        Assert.Equal([TestStudies.Id(2)], await TermAsync("melasma"));
        Assert.Equal(TestStudies.Id(1), Assert.Single(await TermAsync("asherman")));
        await Store.UpsertAsync([Document(TestStudies.Id(2), "2024-03-01", "Asherman syndrome stem cells")], default);
        Assert.Empty(await TermAsync("melasma"));
        Assert.Equal([TestStudies.Id(1), TestStudies.Id(2)], (await TermAsync("asherman")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Statistics_count_by_status_phase_type_country_and_source()
    {
        var recruiting = TestStudies.Node(TestStudies.Id(1));
        var completed = TestStudies.Node(TestStudies.Id(2), status: "COMPLETED");
        completed["protocolSection"]!["contactsLocationsModule"] = new JsonObject
        {
            ["locations"] = new JsonArray(new JsonObject { ["city"] = "Paris", ["country"] = "France" }, new JsonObject { ["city"] = "Lyon", ["country"] = "France" }),
        };
        await Store.UpsertAsync([Document(recruiting), Document(completed, SourceFormat.LegacyXml, [1, 2, 3])], default);
        var stats = await Store.GetStatisticsAsync(default);
        Assert.Equal(2, stats.Studies);
        Assert.Equal(1, stats.ByStatus["RECRUITING"]);
        Assert.Equal(1, stats.ByStatus["COMPLETED"]);
        Assert.Equal(2, stats.ByPhase["PHASE1"]);
        Assert.Equal(2, stats.ByStudyType["INTERVENTIONAL"]);
        Assert.Equal(1, stats.ByCountry["France"]);
        Assert.Equal(1, stats.BySource["legacy-xml"]);
        Assert.Equal(1, stats.BySource["api-v2-json"]);
    }

    [Fact]
    public async Task A_breakdown_counts_every_selected_study_by_status_phase_year_enrollment_country_and_city_after_post_filters()
    {
        // Given two recruiting studies and one completed, in France and China, with start dates and enrollments
        var paris = TestStudies.Node(TestStudies.Id(1));
        paris["protocolSection"]!["statusModule"]!["startDateStruct"] = new JsonObject { ["date"] = "2021-03" };
        paris["protocolSection"]!["designModule"]!["enrollmentInfo"] = new JsonObject { ["count"] = 30 };
        paris["protocolSection"]!["contactsLocationsModule"] = new JsonObject
        {
            ["locations"] = new JsonArray(
                new JsonObject { ["city"] = "Paris", ["country"] = "France", ["geoPoint"] = new JsonObject { ["lat"] = 48.85, ["lon"] = 2.35 } },
                new JsonObject { ["city"] = "Paris", ["country"] = "France", ["geoPoint"] = new JsonObject { ["lat"] = 48.87, ["lon"] = 2.33 } },
                new JsonObject { ["city"] = "Lyon", ["country"] = "France" }),
        };
        var chongqing = TestStudies.Node(TestStudies.Id(2));
        chongqing["protocolSection"]!["statusModule"]!["startDateStruct"] = new JsonObject { ["date"] = "2021-11-02" };
        chongqing["protocolSection"]!["designModule"]!["enrollmentInfo"] = new JsonObject { ["count"] = 30 };
        var completed = TestStudies.Node(TestStudies.Id(3), status: "COMPLETED");
        await Store.UpsertAsync([Document(paris), Document(chongqing), Document(completed)], default);

        // When the breakdown of all studies, and of the recruiting ones only (a post-filter), is asked for
        var all = await Store.BreakdownAsync(new Trialdex.Core.Search.SearchRequest(), default);
        var recruiting = await Store.BreakdownAsync(Trialdex.Core.Search.SearchParameters.Parse([new("postFilter.aggFilters", "status:rec")]).Request!, default);

        // Then every study counts once per value, and the post-filter narrows the counts
        Assert.Equal(3, all.Studies);
        Assert.Equal([new("rec", 2), new("com", 1)], all.Statuses);
        Assert.Contains(new Trialdex.Core.Search.FacetCount("1", 3), all.Phases);
        Assert.Equal([new("2021", 2)], all.StartYears);
        Assert.Equal([new(30, 2)], all.Enrollments);
        Assert.Equal([new("China", 2), new("France", 1)], all.Countries);
        var paris2 = Assert.Single(all.Places, p => p.City == "Paris");
        Assert.Equal(("France", 1L), (paris2.Country, paris2.Studies));
        Assert.Equal(48.86, paris2.Latitude!.Value, 3);
        Assert.Equal(2, all.Places.Single(p => p.City == "Chongqing").Studies);
        Assert.Equal(2, recruiting.Studies);
        Assert.Equal([new("rec", 2)], recruiting.Statuses);
    }

    [Fact]
    public async Task The_last_import_run_is_recorded_with_its_rejects()
    {
        var started = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);
        await Store.RecordImportRunAsync(new ImportRunRecord(started, started.AddMinutes(1), "a.zip", 5, 1, 2, 1), [new RecordReject("a.zip!x.json", "study", "bad")], default);
        var last = (await Store.GetStatisticsAsync(default)).LastImport;
        Assert.Equal(new ImportRunRecord(started, started.AddMinutes(1), "a.zip", 5, 1, 2, 1), last);
        Assert.False(await Store.IsFreshAsync(default));
    }

    [Fact]
    public async Task Export_streams_every_study_in_id_order()
    {
        await Store.UpsertAsync([Document(TestStudies.Id(3)), Document(TestStudies.Id(1)), Document(TestStudies.Id(2))], default);
        var ids = new List<string>();
        await foreach (var study in Store.ExportAsync(default))
        {
            ids.Add(study.NctId);
        }

        Assert.Equal([TestStudies.Id(1), TestStudies.Id(2), TestStudies.Id(3)], ids);
    }

    [Theory]
    [InlineData("cirrhosis")]
    [InlineData("\"stem cells\"")]
    [InlineData("chongqing")]
    public async Task Text_search_finds_words_from_titles_conditions_and_sites(string query)
    {
        await Store.UpsertAsync([Document(TestStudies.Id(1))], default);
        Assert.Equal(TestStudies.Id(1), Assert.Single(await TermAsync(query)));
    }

    [Theory]
    [InlineData("NEAR(cirrhosis stem)")]
    [InlineData("titles: cirrhosis")]
    [InlineData("cirr*")]
    [InlineData("^cirrhosis")]
    [InlineData("'; DROP TABLE studies; --")]
    [InlineData("cirrhosis OR NOT AND ()")]
    [InlineData("\"unbalanced")]
    [InlineData("")]
    public async Task Text_search_treats_operators_and_sql_in_user_text_as_plain_words(string query)
    {
        await Store.UpsertAsync([Document(TestStudies.Id(1))], default);
        var parsed = Trialdex.Core.Search.SearchParameters.Parse([new("query.term", query)]);
        if (parsed.Request is { } request)
        {
            Assert.True((await Store.SearchAsync(request, default)).Hits.Count <= 1);
        }
        else
        {
            Assert.NotEmpty(parsed.Errors);
        }

        Assert.Equal(1, (await Store.GetStatisticsAsync(default)).Studies);
    }
}
