using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Storage.Sqlite.Tests.Contract;

/// <summary>What every store's search must find, on a small corpus written for it.</summary>
public abstract class SearchContract : IAsyncLifetime
{
    protected IStudyStore Store { get; private set; } = null!;

    protected abstract Task<IStudyStore> OpenFreshStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await OpenFreshStoreAsync();
        await Store.UpsertAsync(Corpus().Select(Document).ToList(), default);
    }

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>Eight studies with known fields; each test names the ones it should find.</summary>
    internal static IEnumerable<JsonObject> Corpus() =>
    [
        Study("NCT00000001", "Stem cells for decompensated cirrhosis", conditions: ["Liver Cirrhosis"], mesh: ["Liver Cirrhosis"], phases: ["PHASE1", "PHASE2"],
            status: "RECRUITING", start: "2019-03", enrollment: 30, sex: "ALL", minAge: "20 Years", sponsorClass: "INDUSTRY", country: "China", city: "Chongqing", intervention: ("DRUG", "UC-MSC infusion")),
        Study("NCT00000002", "Alcohol and the liver", conditions: ["Alcoholic Liver Disease"], mesh: ["Liver Cirrhosis, Alcoholic"], phases: ["PHASE3"],
            status: "COMPLETED", start: "2015-01-10", enrollment: 400, sex: "MALE", minAge: "18 Years", sponsorClass: "NIH", country: "United States", city: "Boston", intervention: ("BEHAVIORAL", "Counselling")),
        Study("NCT00000003", "Amniotic cells for Asherman's syndrome", conditions: ["Asherman Syndrome"], mesh: ["Gynatresia"], phases: ["PHASE1"],
            status: "NOT_YET_RECRUITING", start: "2017-10", enrollment: 10, sex: "FEMALE", minAge: "20 Years", sponsorClass: "OTHER", country: "China", city: "Chongqing",
            intervention: ("BIOLOGICAL", "hAEC transplantation"), secondaryId: "ChiCTR2000012345"),
        Study("NCT00000004", "Exosomes in melasma", conditions: ["Melasma"], mesh: [], phases: ["NA"], status: "UNKNOWN", start: "2021-06", enrollment: 80,
            sex: "ALL", minAge: "18 Years", sponsorClass: "OTHER", country: "China", city: "Shanghai", intervention: ("DEVICE", "Fractional laser"), keywords: ["cirrhosis of the skin"]),
        Study("NCT00000005", "Primary ovarian insufficiency and mesenchymal stem cells", conditions: ["Primary Ovarian Insufficiency"], mesh: ["Primary Ovarian Insufficiency"],
            phases: ["PHASE1", "PHASE2"], status: "RECRUITING", start: "2017-01", enrollment: 320, sex: "FEMALE", minAge: "20 Years", sponsorClass: "OTHER", country: "China",
            city: "Beijing", intervention: ("BIOLOGICAL", "HUC-MSCs transplantation"), healthy: true),
        Study("NCT00000006", "Heart attack prevention", conditions: ["Myocardial Infarction"], mesh: ["Myocardial Infarction"], phases: ["PHASE4"],
            status: "ACTIVE_NOT_RECRUITING", start: "2010-05", enrollment: null, sex: "ALL", minAge: null, sponsorClass: "INDUSTRY", country: "France", city: "Paris",
            intervention: ("DRUG", "Aspirin"), hasResults: true),
        Study("NCT00000007", "Small cell lung cancer chemotherapy", conditions: ["Small Cell Lung Carcinoma"], mesh: ["Small Cell Lung Carcinoma"], phases: ["PHASE2"],
            status: "TERMINATED", start: "2012-02", enrollment: 55, sex: "ALL", minAge: "18 Years", sponsorClass: "NIH", country: "United States", city: "Bethesda", intervention: ("DRUG", "Cisplatin")),
        Study("NCT00000008", "Lung cancer screening", conditions: ["Lung Neoplasms"], mesh: ["Lung Neoplasms"], phases: [], status: "RECRUITING", start: "2023-09",
            enrollment: 5000, sex: "ALL", minAge: "50 Years", sponsorClass: "FED", country: "United States", city: "Boston", intervention: ("DIAGNOSTIC_TEST", "Low-dose CT"), studyType: "OBSERVATIONAL"),
    ];

    private static JsonObject Study(
        string id, string title, string[] conditions, string[] mesh, string[] phases, string status, string start, int? enrollment, string sex, string? minAge,
        string sponsorClass, string country, string city, (string Type, string Name) intervention, string? secondaryId = null, string[]? keywords = null,
        bool healthy = false, bool hasResults = false, string studyType = "INTERVENTIONAL")
    {
        var identification = new JsonObject { ["nctId"] = id, ["briefTitle"] = title };
        if (secondaryId is not null)
        {
            identification["secondaryIdInfos"] = new JsonArray(new JsonObject { ["id"] = secondaryId, ["type"] = "REGISTRY" });
        }

        var eligibility = new JsonObject { ["sex"] = sex, ["healthyVolunteers"] = healthy };
        if (minAge is not null)
        {
            eligibility["minimumAge"] = minAge;
        }

        var design = new JsonObject { ["studyType"] = studyType, ["phases"] = new JsonArray([.. phases.Select(p => (JsonNode)p)]) };
        if (enrollment is not null)
        {
            design["enrollmentInfo"] = new JsonObject { ["count"] = enrollment, ["type"] = "ACTUAL" };
        }

        return new JsonObject
        {
            ["protocolSection"] = new JsonObject
            {
                ["identificationModule"] = identification,
                ["statusModule"] = new JsonObject
                {
                    ["overallStatus"] = status,
                    ["startDateStruct"] = new JsonObject { ["date"] = start },
                    ["lastUpdatePostDateStruct"] = new JsonObject { ["date"] = start[..4] + "-12-01" },
                },
                ["sponsorCollaboratorsModule"] = new JsonObject { ["leadSponsor"] = new JsonObject { ["name"] = "Sponsor of " + id, ["class"] = sponsorClass } },
                ["conditionsModule"] = new JsonObject
                {
                    ["conditions"] = new JsonArray([.. conditions.Select(c => (JsonNode)c)]),
                    ["keywords"] = new JsonArray([.. (keywords ?? []).Select(k => (JsonNode)k)]),
                },
                ["designModule"] = design,
                ["armsInterventionsModule"] = new JsonObject { ["interventions"] = new JsonArray(new JsonObject { ["type"] = intervention.Type, ["name"] = intervention.Name }) },
                ["eligibilityModule"] = eligibility,
                ["contactsLocationsModule"] = new JsonObject { ["locations"] = new JsonArray(new JsonObject { ["facility"] = "Hospital", ["city"] = city, ["country"] = country }) },
            },
            ["derivedSection"] = new JsonObject
            {
                ["conditionBrowseModule"] = new JsonObject { ["meshes"] = new JsonArray([.. mesh.Select(m => (JsonNode)new JsonObject { ["term"] = m })]) },
            },
            ["hasResults"] = hasResults,
        };
    }

    internal static StudyDocument Document(JsonObject node)
    {
        var json = Encoding.UTF8.GetBytes(node.ToJsonString());
        var study = StudyJson.Parse(json);
        return StudyDocument.Create(study.NctId!, json, study, SourceFormat.ApiV2Json, "corpus.json", "study", null);
    }

    protected async Task<SearchResult> SearchAsync(params (string Name, string Value)[] parameters)
    {
        var parsed = SearchParameters.Parse(parameters.Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)));
        Assert.True(parsed.Request is not null, string.Join("; ", parsed.Errors));
        return await Store.SearchAsync(parsed.Request! with { PageSize = parsed.Request!.PageSize == 10 ? 100 : parsed.Request.PageSize }, default);
    }

    protected async Task<string[]> IdsAsync(params (string Name, string Value)[] parameters) =>
        (await SearchAsync(parameters)).Hits.Select(h => h.NctId[^1..]).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("query.cond", "liver cirrhosis", "1,2")]
    [InlineData("query.cond", "\"small cell\"", "7")]
    [InlineData("query.intr", "aspirin", "6")]
    [InlineData("query.intr", "Behavioral", "2")]
    [InlineData("query.titles", "exosomes", "4")]
    [InlineData("query.spons", "\"Sponsor of NCT00000003\"", "3")]
    [InlineData("query.locn", "Chongqing", "1,3")]
    [InlineData("query.id", "ChiCTR2000012345", "3")]
    [InlineData("query.id", "NCT00000005", "5")]
    [InlineData("query.term", "stem cells", "1,5")]
    [InlineData("query.outc", "survival", "")]
    public async Task Each_search_area_finds_what_its_fields_hold(string area, string query, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await IdsAsync((area, query)));

    [Theory]
    [InlineData("protocolSection.identificationModule.acronym", "\"XYLACRO\"")]
    [InlineData("protocolSection.identificationModule.officialTitle", "\"A randomised trial of xyloffi in adults\"")]
    [InlineData("protocolSection.identificationModule.orgStudyIdInfo", "{\"id\": \"XYLORGID-7\"}")]
    [InlineData("protocolSection.identificationModule.secondaryIdInfos", "[{\"id\": \"XYLSECID\", \"type\": \"OTHER\"}]")]
    [InlineData("protocolSection.conditionsModule.keywords", "[\"xylkeyword\"]")]
    [InlineData("protocolSection.descriptionModule.briefSummary", "\"This study asks whether xylsumm helps.\"")]
    [InlineData("protocolSection.descriptionModule.detailedDescription", "\"Participants receive xyldetail twice a day.\"")]
    [InlineData("protocolSection.eligibilityModule.eligibilityCriteria", "\"Inclusion Criteria:\\n\\n* treated with xylcrit before\"")]
    [InlineData("protocolSection.eligibilityModule.studyPopulation", "\"Residents of xylpopul county\"")]
    [InlineData("protocolSection.outcomesModule.primaryOutcomes", "[{\"measure\": \"Change in xylprimary score\"}]")]
    [InlineData("protocolSection.outcomesModule.secondaryOutcomes", "[{\"measure\": \"Safety\", \"description\": \"Counted by xylsecdesc\"}]")]
    [InlineData("protocolSection.outcomesModule.otherOutcomes", "[{\"measure\": \"xylother events\"}]")]
    [InlineData("protocolSection.armsInterventionsModule.interventions", "[{\"type\": \"DRUG\", \"name\": \"Study drug\", \"otherNames\": [\"xylothername\"]}]")]
    [InlineData("protocolSection.sponsorCollaboratorsModule.leadSponsor", "{\"name\": \"Xyllead University\", \"class\": \"OTHER\"}")]
    [InlineData("protocolSection.sponsorCollaboratorsModule.collaborators", "[{\"name\": \"Xylcollab Foundation\", \"class\": \"OTHER\"}]")]
    [InlineData("protocolSection.contactsLocationsModule.locations", "[{\"facility\": \"Xylfacility Clinic\", \"city\": \"Chongqing\", \"country\": \"China\"}]")]
    [InlineData("protocolSection.contactsLocationsModule.locations", "[{\"facility\": \"Clinic\", \"city\": \"Xylcity\", \"state\": \"Xylstate\", \"zip\": \"XYL123\", \"country\": \"Xylcountry\"}]")]
    [InlineData("derivedSection.conditionBrowseModule", "{\"meshes\": [{\"id\": \"D000001\", \"term\": \"Xylmesh\"}], \"ancestors\": [{\"id\": \"D000002\", \"term\": \"Xylancestor\"}]}")]
    [InlineData("derivedSection.interventionBrowseModule", "{\"meshes\": [{\"id\": \"D000003\", \"term\": \"Xylimesh\"}], \"ancestors\": [{\"id\": \"D000004\", \"term\": \"Xyliancestor\"}]}")]
    public async Task Plain_full_text_finds_a_study_by_each_word_that_only_one_of_its_fields_holds(string path, string value)
    {
        // Given a study whose field at path holds words no other study has
        var node = Trialdex.Tests.TestStudies.Node("NCT00000099");
        var parent = path.Split('.')[..^1].Aggregate((JsonNode)node, (at, name) => at[name] ??= new JsonObject());
        parent[path.Split('.')[^1]] = JsonNode.Parse(value);
        await Store.UpsertAsync([Document(node)], default);
        var words = Words(JsonNode.Parse(value)!).Where(w => w.StartsWith("xyl", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(words);

        // When each such word is searched in query.term, then that study alone is found
        foreach (var word in words)
        {
            Assert.Equal(["NCT00000099"], (await SearchAsync(("query.term", word))).Hits.Select(h => h.NctId));
        }
    }

    /// <summary>Every word of every string in a JSON value.</summary>
    private static IEnumerable<string> Words(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Words(p.Value)),
        JsonArray a => a.SelectMany(v => v is null ? [] : Words(v)),
        _ => node.GetValue<string>().Split([' ', '\n', '*', ':', '.'], StringSplitOptions.RemoveEmptyEntries),
    };

    [Fact]
    public async Task A_condition_in_the_condition_field_outranks_one_only_in_keywords()
    {
        var hits = (await SearchAsync(("query.cond", "cirrhosis"))).Hits.Select(h => h.NctId).ToList();
        Assert.Equal(["NCT00000001", "NCT00000004"], hits.Where(h => h is "NCT00000001" or "NCT00000004"));
    }

    [Theory]
    [InlineData("lung AND cancer", "7,8")]
    [InlineData("lung NOT \"small cell\"", "8")]
    [InlineData("aspirin OR cisplatin", "6,7")]
    [InlineData("(melasma OR asherman) AND NOT exosomes", "3")]
    [InlineData("\"cancer screening\"", "8")]
    public async Task Boolean_operators_and_phrases_combine_as_written(string query, string expected) =>
        Assert.Equal(expected.Split(','), await IdsAsync(("query.term", query)));

    [Theory]
    [InlineData("AREA[Phase]PHASE2", "1,5,7")]
    [InlineData("AREA[Phase](PHASE3 OR PHASE4)", "2,6")]
    [InlineData("AREA[OverallStatus]RECRUITING", "1,5,8")]
    [InlineData("AREA[StartDate]RANGE[2017-01-01, 2019-12-31]", "1,3,5")]
    [InlineData("AREA[EnrollmentCount]RANGE[300, MAX]", "2,5,8")]
    [InlineData("AREA[MinimumAge]RANGE[MIN, 18 years]", "2,4,7")]
    [InlineData("AREA[EnrollmentCount]MISSING", "6")]
    [InlineData("AREA[LocationCountry]France", "6")]
    [InlineData("AREA[Condition]melasma AND AREA[Phase]NA", "4")]
    public async Task Advanced_expressions_match_values_ranges_and_missing_fields(string expression, string expected) =>
        Assert.Equal(expected.Split(','), await IdsAsync(("filter.advanced", expression)));

    [Theory]
    [InlineData("SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Maine)", "NCT00000091")]
    [InlineData("SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationStatus]RECRUITING)", "NCT00000091")]
    [InlineData("SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Oregon)", "NCT00000092")]
    [InlineData("SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Oregon AND AREA[LocationStatus]RECRUITING)", "")]
    [InlineData("SEARCH[Location](AREA[LocationFacility]\"Maine Medical\" AND NOT AREA[LocationStatus]COMPLETED)", "NCT00000091")]
    [InlineData("AREA[LocationStatus]COMPLETED", "NCT00000091,NCT00000092")]
    public async Task Search_location_needs_one_site_to_match_every_part(string expression, string expected)
    {
        await Store.UpsertAsync([Document(TwoSites(91, ("Maine Medical Center", "Portland", "Maine", "RECRUITING"), ("Lewiston Clinic", "Lewiston", "Maine", "COMPLETED"))),
            Document(TwoSites(92, ("Oregon Health", "Portland", "Oregon", "COMPLETED"), ("Bangor Hospital", "Bangor", "Maine", "RECRUITING")))], default);

        var hits = (await SearchAsync(("filter.advanced", expression))).Hits.Select(h => h.NctId).Where(id => id is "NCT00000091" or "NCT00000092");

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), hits.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_location_refuses_fields_that_are_not_site_fields_and_unknown_scopes()
    {
        var inside = await Assert.ThrowsAsync<SearchException>(() => SearchAsync(("filter.advanced", "SEARCH[Location](AREA[Phase]PHASE2)")));
        var scope = await Assert.ThrowsAsync<SearchException>(() => SearchAsync(("filter.advanced", "SEARCH[Moon](cancer)")));

        Assert.Contains("only site fields", inside.Message, StringComparison.Ordinal);
        Assert.Contains("SEARCH[Moon]", scope.Message, StringComparison.Ordinal);
    }

    private static JsonObject TwoSites(int n, params (string Facility, string City, string State, string Status)[] sites)
    {
        var node = Trialdex.Tests.TestStudies.Node("NCT000000" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        node["protocolSection"]!["contactsLocationsModule"] = new JsonObject
        {
            ["locations"] = new JsonArray([.. sites.Select(s => (JsonNode)new JsonObject
            {
                ["facility"] = s.Facility, ["city"] = s.City, ["state"] = s.State, ["country"] = "United States", ["status"] = s.Status,
            })]),
        };
        return node;
    }

    [Theory]
    [InlineData("EXPANSION[Lossy](aspirin cisplatin)", "6,7")]
    [InlineData("EXPANSION[None](aspirin cisplatin)", "")]
    [InlineData("EXPANSION[Concept]aspirin", "6")]
    [InlineData("COVERAGE[Contains]aspirin", "6")]
    public async Task Expansion_lossy_lets_words_be_missing_and_the_others_search_the_words_as_written(string query, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await IdsAsync(("query.term", query)));

    [Fact]
    public async Task Coverage_other_than_contains_is_refused_naming_the_parameter()
    {
        var error = await Assert.ThrowsAsync<SearchException>(() => SearchAsync(("query.cond", "COVERAGE[FullMatch]asthma")));
        Assert.Equal("query.cond", error.Parameter);
        Assert.Contains("COVERAGE[FullMatch] is not supported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("filter.overallStatus", "RECRUITING,NOT_YET_RECRUITING", "1,3,5,8")]
    [InlineData("filter.ids", "NCT00000002|NCT00000006", "2,6")]
    [InlineData("aggFilters", "phase:1", "1,3,5")]
    [InlineData("aggFilters", "phase:2 3", "1,2,5,7")]
    [InlineData("aggFilters", "studyType:obs", "8")]
    [InlineData("aggFilters", "sex:f", "1,3,4,5,6,7,8")]
    [InlineData("aggFilters", "healthy:y", "5")]
    [InlineData("aggFilters", "results:with", "6")]
    [InlineData("aggFilters", "funderType:nih", "2,7")]
    [InlineData("aggFilters", "status:rec,phase:2", "1,5")]
    public async Task Filters_narrow_the_studies(string name, string value, string expected) =>
        Assert.Equal(expected.Split(','), await IdsAsync((name, value)));

    [Fact]
    public async Task Facets_count_the_filtered_set_before_post_filters_and_add_up()
    {
        var result = await Store.SearchAsync(SearchParameters.Parse([new("query.term", "lung OR liver OR stem"), new("postFilter.overallStatus", "RECRUITING")]).Request!
            with { WithFacets = true, CountTotal = true, PageSize = 100 }, default);
        var status = result.Facets!["status"];
        Assert.Equal(5, status.Sum(c => c.Count));
        Assert.Equal(3, status.Single(c => c.Value == "rec").Count);
        Assert.Equal(3, result.TotalCount);
        Assert.Equal(3, result.Hits.Count);
        Assert.Contains(result.Facets["phase"], c => c.Value == "2" && c.Count == 3);
        Assert.Contains(result.Facets["country"], c => c.Value == "United States" && c.Count == 3);
    }

    [Fact]
    public async Task Paging_returns_every_hit_exactly_once_in_a_stable_order()
    {
        var all = (await SearchAsync(("pageSize", "100"))).Hits.Select(h => h.NctId).ToList();
        var paged = new List<string>();
        string? token = null;
        do
        {
            var parameters = new List<(string, string)> { ("pageSize", "3") };
            if (token is not null)
            {
                parameters.Add(("pageToken", token));
            }

            var page = await SearchAsync([.. parameters]);
            paged.AddRange(page.Hits.Select(h => h.NctId));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(8, all.Count);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Sorting_by_a_date_orders_the_hits_and_breaks_ties_by_id()
    {
        var hits = (await SearchAsync(("sort", "StartDate:desc"))).Hits.Select(h => h.NctId[^1..]);
        Assert.Equal(["8", "4", "1", "3", "5", "2", "7", "6"], hits);
    }

    [Fact]
    public async Task A_condition_names_its_mesh_descriptor_and_descendants_once_a_vocabulary_is_loaded()
    {
        Assert.Empty(await IdsAsync(("query.cond", "intrauterine adhesions")));
        await Store.ReplaceVocabularyAsync(new MeshVocabulary(
        [
            new MeshDescriptor("D006175", "Gynatresia", ["Asherman Syndrome", "Intrauterine Adhesions"], ["C13.351.500.320"]),
            new MeshDescriptor("D008103", "Liver Cirrhosis", ["Hepatic Cirrhosis"], ["C06.552.630"]),
            new MeshDescriptor("D008104", "Liver Cirrhosis, Alcoholic", [], ["C06.552.630.400"]),
            new MeshDescriptor("D016649", "Primary Ovarian Insufficiency", ["Premature Ovarian Failure"], ["C13.351.500.056.630.580"]),
        ]), default);
        Assert.Equal(["3"], await IdsAsync(("query.cond", "intrauterine adhesions")));
        Assert.Equal(["1", "2"], await IdsAsync(("query.cond", "hepatic cirrhosis")));
        Assert.Equal(["5"], await IdsAsync(("query.cond", "premature ovarian failure")));
        Assert.Equal(["3", "5"], await IdsAsync(("query.cond", "intrauterine adhesions OR \"premature ovarian failure\"")));
        Assert.Equal(["1", "2", "3"], await IdsAsync(("query.cond", "EXPANSION[Concept](hepatic cirrhosis OR intrauterine adhesions)")));
        Assert.Empty(await IdsAsync(("query.cond", "EXPANSION[None](intrauterine adhesions)")));
        Assert.Empty(await IdsAsync(("query.cond", "EXPANSION[Term](intrauterine adhesions)")));
        Assert.Equal(["3"], await IdsAsync(("query.cond", "EXPANSION[Concept](intrauterine adhesions)")));
    }

    [Fact]
    public async Task A_condition_reaches_every_descendant_of_its_descriptor_however_many_there_are()
    {
        // Gynatresia (study 3) sits below 400 other descendants of the descriptor named, in tree order.
        var others = Enumerable.Range(1, 400).Select(i => new MeshDescriptor($"D9{i:D5}", $"Urogenital Disorder Kind {i:D3}", [], [$"C13.351.{i:D3}"]));
        await Store.ReplaceVocabularyAsync(new MeshVocabulary(
        [
            new MeshDescriptor("D005261", "Female Urogenital Diseases", ["Urogenital Disorders"], ["C13.351"]),
            .. others,
            new MeshDescriptor("D005831", "Genital Diseases, Female", [], ["C13.351.500"]),
            new MeshDescriptor("D006175", "Gynatresia", ["Asherman Syndrome"], ["C13.351.500.320"]),
        ]), default);
        Assert.Equal(["3"], await IdsAsync(("query.cond", "urogenital disorders")));
        Assert.Equal(["3"], await IdsAsync(("query.cond", "urogenital disorders"), ("filter.overallStatus", "NOT_YET_RECRUITING")));
        Assert.Empty(await IdsAsync(("query.cond", "urogenital disorders"), ("filter.overallStatus", "RECRUITING")));
    }

    [Fact]
    public async Task Sites_without_coordinates_are_geocoded_and_a_distance_search_finds_studies_with_a_site_inside()
    {
        // Chongqing 29.56,106.55: studies 1 and 3 have sites there (city only, so geocoded, approximate).
        var result = await SearchAsync(("filter.geo", "distance(29.56,106.55,50km)"), ("sort", "distance"));
        Assert.Equal(["NCT00000001", "NCT00000003"], result.Hits.Select(h => h.NctId).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, h =>
        {
            Assert.Equal("Chongqing", h.Nearest!.City);
            Assert.True(h.Nearest.Approximate);
            Assert.InRange(h.Nearest.DistanceKm, 0, 50);
        });
    }

    [Fact]
    public async Task Sorting_by_distance_puts_the_nearest_sites_first()
    {
        // From Boston (42.36,-71.06), 1000 km: Boston studies 2 and 8, then Bethesda (study 7, about 600 km).
        var hits = (await SearchAsync(("filter.geo", "distance(42.36,-71.06,1000km)"), ("sort", "distance"))).Hits;
        Assert.Equal(["2", "8", "7"], hits.Select(h => h.NctId[^1..]));
        Assert.InRange(hits[2].Nearest!.DistanceKm, 500, 700);
    }

    [Theory]
    [InlineData("AREA[NoSuchField]x", "unknown field 'NoSuchField'")]
    [InlineData("AREA[BriefTitle]RANGE[1, 2]", "RANGE needs a date or number field")]
    [InlineData("AREA[StartDate]cancer", "RANGE[from, to] or MISSING")]
    public async Task A_request_the_engine_cannot_run_names_the_parameter_and_the_problem(string expression, string message)
    {
        var ex = await Assert.ThrowsAsync<SearchException>(() => Store.SearchAsync(SearchParameters.Parse([new("filter.advanced", expression)]).Request!, default));
        Assert.Equal("filter.advanced", ex.Parameter);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
