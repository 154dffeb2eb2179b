using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_fresh_database_gets_the_five_bundled_sample_trials_on_first_use()
    {
        var result = await _cli.RunAsync("stats", "--json");
        Assert.Equal(0, result.ExitCode);
        var stats = JsonNode.Parse(result.Output)!;
        Assert.Equal(5, stats["studies"]!.GetValue<long>());
        Assert.Equal(5, stats["bySource"]!["sample"]!.GetValue<long>());
        Assert.NotNull(stats["byStatus"]!["RECRUITING"]);
        Assert.NotNull(stats["byPhase"]!["PHASE1"]);
        Assert.Equal("bundled sample", stats["lastImport"]!["sources"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_prints_the_one_summary_line_and_records_when_it_ran()
    {
        var file = _cli.Directory.Write("in/studies.json", "[" + TestStudies.Json(TestStudies.Id(1)) + "," + TestStudies.Json(TestStudies.Id(2)) + "]");
        var result = await _cli.RunAsync("import", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("imported 2, updated 0, unchanged 0, rejected 0", result.Output.Trim());
        var stats = JsonNode.Parse((await _cli.RunAsync("stats", "--json")).Output)!;
        Assert.Equal(2, stats["studies"]!.GetValue<long>());
        Assert.Equal(2, stats["lastImport"]!["imported"]!.GetValue<long>());
        Assert.Equal(2, stats["bySource"]!["api-v2-json"]!.GetValue<long>());
        Assert.Equal(2, stats["byStudyType"]!["INTERVENTIONAL"]!.GetValue<long>());
        Assert.Equal(2, stats["byCountry"]!["China"]!.GetValue<long>());
        Assert.Equal(2, stats["byPhase"]!["PHASE2"]!.GetValue<long>());

        // Without --json the same counts as tables, after the number of studies and the last import
        var text = (await _cli.RunAsync("stats")).Output;
        Assert.StartsWith("2 studies", text, StringComparison.Ordinal);
        Assert.Contains("last import: ", text, StringComparison.Ordinal);
        Assert.Contains("(2 imported, 0 updated, 0 unchanged, 0 rejected)", text, StringComparison.Ordinal);
        foreach (var table in new[] { "Status", "Phase", "Study type", "Source", "Country" })
        {
            Assert.Matches($@"(?m)^\s*{table}( \(top 20\))?\s*$", text);
        }

        Assert.Matches(@"│ China\s+│\s+2 │", text);
        Assert.Matches(@"│ RECRUITING\s+│\s+2 │", text);
    }

    [Fact]
    public async Task Rejects_go_to_a_report_file_with_source_position_and_reason()
    {
        var file = _cli.Directory.Write("studies.json", "[" + TestStudies.Json(TestStudies.Id(1)) + ", {\"protocolSection\": {\"identificationModule\": {}}}]");
        var report = _cli.Directory.File("rejects.jsonl");
        var result = await _cli.RunAsync("import", file, "--rejects", report);
        Assert.Equal("imported 1, updated 0, unchanged 0, rejected 1", result.SummaryLine);
        var line = JsonNode.Parse(File.ReadAllLines(report).Single())!;
        Assert.Equal(file, line["source"]!.GetValue<string>());
        Assert.Contains("element [1]", line["position"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("missing NCT id", line["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("rejects report: " + report, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_nothing_readable_exits_non_zero()
    {
        var result = await _cli.RunAsync("import", _cli.Directory.Write("empty.json", ""));
        Assert.Equal(ExitCodes.NothingImported, result.ExitCode);
        Assert.Equal("imported 0, updated 0, unchanged 0, rejected 1", result.SummaryLine);
    }

    [Fact]
    public async Task A_missing_input_file_is_named_and_has_its_own_exit_code()
    {
        var result = await _cli.RunAsync("import", "no-such-file.json");
        Assert.Equal(ExitCodes.FileNotFound, result.ExitCode);
        Assert.Contains("no such file or directory", result.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-file.json", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("export", "--format", "xml")]
    [InlineData("search", "x", "--page-size", "0")]
    public async Task Bad_arguments_exit_with_code_2_and_say_what_is_wrong(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_id_says_so_with_its_own_exit_code()
    {
        var result = await _cli.RunAsync("show", "NCT99999999");
        Assert.Equal(ExitCodes.StudyNotFound, result.ExitCode);
        Assert.Contains("no study NCT99999999", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_json_prints_the_stored_json_for_any_case_of_the_id()
    {
        var file = _cli.Directory.Write("s.json", TestStudies.Json(TestStudies.Id(7)));
        await _cli.RunAsync("import", file);
        var result = await _cli.RunAsync("show", TestStudies.Id(7).ToLowerInvariant(), "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(file)), JsonNode.Parse(result.Output)));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_with_its_own_exit_code()
    {
        var db = _cli.Directory.Write("bad.db", new string('z', 8192));
        var result = await _cli.RunAsync("stats", "--db", db);
        Assert.Equal(ExitCodes.DatabaseCorrupt, result.ExitCode);
        Assert.Contains("not a Trialdex database", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_is_reported_with_its_own_exit_code()
    {
        await _cli.RunAsync("stats");
        using var holder = new SqliteConnection($"Data Source={_cli.Database};Pooling=False");
        holder.Open();
        using (var command = holder.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE";
            command.ExecuteNonQuery();
        }

        var file = _cli.Directory.Write("s.json", TestStudies.Json(TestStudies.Id(1)));
        var result = await _cli.RunAsync("import", file);
        Assert.Equal(ExitCodes.DatabaseLocked, result.ExitCode);
        Assert.Contains("locked", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_comes_from_TRIALDEX_DB_when_no_option_is_given()
    {
        var path = _cli.Directory.File("from-env.db");
        var context = new CliContext(new StringWriter(), new StringWriter(), false, _cli.Directory.Path);
        Environment.SetEnvironmentVariable("TRIALDEX_DB", path);
        try
        {
            Assert.Equal(path, context.ResolveDatabase(null));
            Assert.Equal(_cli.Directory.File("x.db"), context.ResolveDatabase("x.db"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TRIALDEX_DB", null);
        }

        Assert.Equal(_cli.Directory.File("trialdex.db"), context.ResolveDatabase(null));
    }

    [Fact]
    public async Task Export_gives_back_the_same_json_values_that_were_imported()
    {
        var studies = Enumerable.Range(1, 3).Select(i => TestStudies.Node(TestStudies.Id(i))).ToList();
        studies[1]["resultsSection"] = new JsonObject { ["futureField"] = new JsonArray(1, "two", null) };
        var file = _cli.Directory.Write("s.json", new JsonArray([.. studies.Select(s => (JsonNode)s)]).ToJsonString());
        await _cli.RunAsync("import", file);
        foreach (var format in new[] { "json", "ndjson" })
        {
            var exported = await _cli.RunAsync("export", "--format", format);
            var values = format == "json"
                ? JsonNode.Parse(exported.Output)!.AsArray().ToList()
                : exported.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)).ToList();
            Assert.Equal(3, values.Count);
            Assert.All(studies.Zip(values), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second)));
        }
    }

    [Fact]
    public async Task Search_ranks_by_full_text_and_prints_json_hits()
    {
        var file = _cli.Directory.Write("s.json", "[" + TestStudies.Json(TestStudies.Id(1), title: "Exosomes for melasma") + "," + TestStudies.Json(TestStudies.Id(2)) + "]");
        await _cli.RunAsync("import", file);
        var result = await _cli.RunAsync("search", "melasma", "--json");
        var page = JsonNode.Parse(result.Output)!;
        var hit = Assert.Single(page["studies"]!.AsArray());
        Assert.Equal(TestStudies.Id(1), hit!["nctId"]!.GetValue<string>());
        Assert.Equal(1, page["totalCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task Search_options_become_the_api_parameters_and_facets_are_printed()
    {
        var result = await _cli.RunAsync("search", "--cond", "ovarian insufficiency", "--phase", "1", "--sex", "f", "--type", "int");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("NCT03033277", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 studies", result.Output, StringComparison.Ordinal);
        Assert.Contains("phase: 1 (1), 2 (1)", result.Output, StringComparison.Ordinal);
        Assert.Contains("no studies found", (await _cli.RunAsync("search", "--cond", "ovarian insufficiency", "--phase", "3")).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cond", "(liver", "query.cond: missing ')'")]
    [InlineData("--phase", "7", "aggFilters: aggFilters 'phase' has an unknown value '7'")]
    [InlineData("--advanced", "AREA[Nope]x", "filter.advanced: unknown field 'Nope'")]
    [InlineData("--status", "ALMOST", "filter.overallStatus: 'ALMOST' is not a status")]
    public async Task A_bad_search_says_which_parameter_is_wrong_and_exits_2(string option, string value, string message)
    {
        var result = await _cli.RunAsync("search", option, value);
        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_refuses_a_negative_search_cache_before_opening_anything()
    {
        var result = await _cli.RunAsync("serve", "--search-cache-mb", "-1");
        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains("--search-cache-mb must be from 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_near_a_place_names_the_place_it_chose_and_each_hits_nearest_site()
    {
        await _cli.RunAsync("import", _cli.Directory.Write("s.json", TestStudies.Json(TestStudies.Id(1))));
        var result = await _cli.RunAsync("search", "--near", "Chongqing", "--radius", "100km");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("near: Chongqing", result.Error, StringComparison.Ordinal);
        Assert.Contains(TestStudies.Id(1), result.Output, StringComparison.Ordinal);
        Assert.Contains("Test Hospital, Chongqing, China:", result.Output, StringComparison.Ordinal);
        Assert.Contains("(approx.)", result.Output, StringComparison.Ordinal);
        Assert.Contains("no studies found", (await _cli.RunAsync("search", "--near", "Paris, France", "--radius", "100km")).Output, StringComparison.Ordinal);
        var unknown = await _cli.RunAsync("search", "--near", "Xyzzyville Nowhere");
        Assert.Equal(ExitCodes.BadArguments, unknown.ExitCode);
        Assert.Contains("no place called", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Criteria_shows_a_studys_criteria_with_their_constraints()
    {
        var result = await _cli.RunAsync("criteria", "LOCAL-IUA-IPS-EXO");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[Inclusion] Normal ovarian reserve (AMH ≥1.1 ng/mL or AFC ≥5)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Measurement AMH >= 1.1 ng/mL", result.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.StudyNotFound, (await _cli.RunAsync("criteria", "NCT99999999")).ExitCode);
        Assert.Equal(ExitCodes.BadArguments, (await _cli.RunAsync("criteria")).ExitCode);
        Assert.Equal(ExitCodes.FileNotFound, (await _cli.RunAsync("criteria", "--text", "no-such.txt")).ExitCode);
    }

    [Fact]
    public async Task Criteria_parses_pasted_text_into_json_with_spans_into_that_text()
    {
        var text = "Exclusion Criteria:\n\n* Thrombocytopenia (platelets <50×10⁹/L)\n* Pregnant or lactating women\n* Creatinine > 1.5 mg/dL";
        var result = await _cli.RunAsync("criteria", "--text", _cli.Directory.Write("criteria.txt", text), "--json");
        var criteria = JsonNode.Parse(result.Output)!["criteria"]!.AsArray();
        var platelets = criteria.Single(c => c!["text"]!.GetValue<string>().Contains("platelets", StringComparison.Ordinal))!;
        Assert.Equal("Exclusion", platelets["kind"]!.GetValue<string>());
        var constraint = platelets["constraints"]!.AsArray().Single(k => k!["kind"]!.GetValue<string>() == "Measurement")!;
        Assert.Equal("Less", constraint["operator"]!.GetValue<string>());
        Assert.Equal(50m, constraint["values"]![0]!.GetValue<decimal>());
        var span = constraint["span"]!;
        Assert.Contains("<50", text.Substring(span["start"]!.GetValue<int>(), span["length"]!.GetValue<int>()), StringComparison.Ordinal);
        Assert.Equal("platelets", constraint["field"]!.GetValue<string>());
        Assert.Equal("×10⁹/L", constraint["unit"]!.GetValue<string>());
        Assert.Equal("10*9/L", constraint["normalized"]!["unit"]!.GetValue<string>());
        Assert.Equal(50m, constraint["normalized"]!["values"]![0]!.GetValue<decimal>());

        // A unit with a conversion: the normalised value is in the vocabulary's unit (1.5 mg/dL creatinine = 132.6 µmol/L)
        var creatinine = criteria.Single(c => c!["text"]!.GetValue<string>().Contains("Creatinine", StringComparison.Ordinal))!["constraints"]!.AsArray()
            .Single(k => k!["kind"]!.GetValue<string>() == "Measurement")!;
        Assert.Equal(("creatinine", "Greater", 1.5m, "mg/dL"), (creatinine["field"]!.GetValue<string>(), creatinine["operator"]!.GetValue<string>(), creatinine["values"]![0]!.GetValue<decimal>(), creatinine["unit"]!.GetValue<string>()));
        Assert.Equal("umol/L", creatinine["normalized"]!["unit"]!.GetValue<string>());
        Assert.Equal(132.6, creatinine["normalized"]!["values"]![0]!.GetValue<double>(), 0.1);
    }

    [Fact]
    public async Task Vocab_import_loads_mesh_so_condition_search_finds_synonyms()
    {
        var study = TestStudies.Node(TestStudies.Id(3), title: "Amniotic epithelial cells after hysteroscopic adhesiolysis");
        study["protocolSection"]!["conditionsModule"]!["conditions"] = new JsonArray("Intrauterine Adhesions");
        study["derivedSection"] = new JsonObject { ["conditionBrowseModule"] = new JsonObject { ["meshes"] = new JsonArray(new JsonObject { ["id"] = "D006175", ["term"] = "Gynatresia" }) } };
        await _cli.RunAsync("import", _cli.Directory.Write("s.json", study.ToJsonString()));
        Assert.Contains("no studies found", (await _cli.RunAsync("search", "--cond", "Asherman syndrome")).Output, StringComparison.Ordinal);
        var vocabulary = _cli.Directory.Write("mesh.json", """[{"id":"D006175","name":"Gynatresia","synonyms":["Asherman Syndrome"]}]""");
        var imported = await _cli.RunAsync("vocab", "import", vocabulary);
        Assert.StartsWith("vocabulary: 1 descriptors, 1 entry terms, 0 tree numbers", imported.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains(TestStudies.Id(3), (await _cli.RunAsync("search", "--cond", "Asherman syndrome")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vocab_import_parses_the_stored_criteria_again_and_match_reads_notes_and_screens_through_it()
    {
        // Given a recruiting infertility trial excluding "Zeta fever", and a note naming the same disease by a synonym
        // only the vocabulary knows (a made-up descriptor, so that no bundled word list knows it either)
        var study = TestStudies.Node(TestStudies.Id(4), criteria: "Inclusion Criteria:\n\n* Women aged 20 to 40\n\nExclusion Criteria:\n\n* Zeta fever");
        study["protocolSection"]!["conditionsModule"]!["conditions"] = new JsonArray("Infertility");
        await _cli.RunAsync("import", _cli.Directory.Write("s.json", study.ToJsonString()));
        var note = _cli.Directory.Write("note.txt", "A 30-year-old woman with Omega syndrome after curettage.");
        var vocabulary = _cli.Directory.Write("mesh.json", """[{"id":"D999001","name":"Zeta fever","synonyms":["Omega syndrome"]}]""");
        string Exclusion(string output) => JsonNode.Parse(output)!["trials"]!.AsArray().Single(t => t!["nctId"]!.GetValue<string>() == TestStudies.Id(4))!["criteria"]!
            .AsArray().Single(c => c!["text"]!.GetValue<string>() == "Zeta fever")!["verdict"]!.GetValue<string>();

        // Without a vocabulary the note's words name nothing and the exclusion stays unknown
        Assert.Equal("Unknown", Exclusion((await _cli.RunAsync("match", note, "--json", "--all-statuses")).Output));

        // When the vocabulary is imported, the stored criteria are parsed again with it
        var imported = await _cli.RunAsync("vocab", "import", vocabulary);
        Assert.Contains("reparsed 1, current 0", imported.Output, StringComparison.Ordinal);
        Assert.Contains("D999001", (await _cli.RunAsync("criteria", TestStudies.Id(4), "--json")).Output, StringComparison.Ordinal);

        // Then the note is read through it, and the synonym and the criterion's descriptor are one condition: the exclusion applies
        var matched = await _cli.RunAsync("match", note, "--json", "--all-statuses");
        Assert.Contains("has Omega syndrome (MeSH: Zeta fever)", matched.Output, StringComparison.Ordinal);
        Assert.Equal("Met", Exclusion(matched.Output));

        // And a study imported afterwards is parsed with the vocabulary at once
        await _cli.RunAsync("import", _cli.Directory.Write("t.json", TestStudies.Node(TestStudies.Id(5), criteria: "Exclusion Criteria:\n\n* Zeta fever").ToJsonString()));
        Assert.Contains("reparsed 0, current 2", (await _cli.RunAsync("criteria", "--update-store")).Output, StringComparison.Ordinal);
    }
}
