using Microsoft.Data.Sqlite;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests;

/// <summary>Stored parses that are not current, and databases from before parses were stored.</summary>
public sealed class SqliteParsedCriteriaTests : IDisposable
{
    private const string Criteria = "Inclusion Criteria:\n\n* Creatinine < 1.5 mg/dL\n\nExclusion Criteria:\n\n* Pregnancy";
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_parse_by_another_parser_version_is_parsed_again_on_read_and_not_written_back()
    {
        var path = _directory.File("stale.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        var json = TestStudies.Node(TestStudies.Id(1), criteria: Criteria).ToJsonString();
        var study = Core.Studies.StudyJson.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        await store.UpsertAsync([StudyDocument.Create(TestStudies.Id(1), System.Text.Encoding.UTF8.GetBytes(json), study, Core.Import.SourceFormat.ApiV2Json, "t.json", "1", null)], default);
        Execute(path, "UPDATE study_documents SET parsed_criteria = $stale, criteria_parser_version = 0", StoredCriteria.Serialize(ConstraintExtractor.Parse("Inclusion Criteria:\n* something else")));

        var parsed = await store.GetParsedCriteriaAsync([TestStudies.Id(1)], default);

        Assert.Contains(parsed[TestStudies.Id(1)].Constraints, c => c.Normalized?.Unit == "umol/L");
        Assert.Equal(0L, Scalar(path, "SELECT criteria_parser_version FROM study_documents"));
        Assert.Equal(new ParsedCriteriaCounts(0, 1), await store.CountParsedCriteriaAsync(default));
    }

    [Fact]
    public async Task A_new_vocabulary_makes_every_stored_parse_stale_until_parsed_again_with_it_and_the_open_set_screens_through_it()
    {
        // Given a study whose exclusion names a disease only the vocabulary knows, stored without a vocabulary
        var path = _directory.File("vocabulary.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        var json = System.Text.Encoding.UTF8.GetBytes(TestStudies.Node(TestStudies.Id(1), criteria: "Exclusion Criteria:\n\n* Zeta fever").ToJsonString());
        await store.UpsertAsync([StudyDocument.Create(TestStudies.Id(1), json, Core.Studies.StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", "1", null)], default);
        Assert.Equal(new ParsedCriteriaCounts(1, 0), await store.CountParsedCriteriaAsync(default));
        static bool NamesZeta(ParsedCriteria parsed) => parsed.Constraints.Any(c => c.Descriptors.Any(d => d.Id == "D999001"));

        // When a vocabulary is imported
        var vocabulary = new Core.Vocabulary.MeshVocabulary([new Core.Vocabulary.MeshDescriptor("D999001", "Zeta fever", ["Omega syndrome"], [])]);
        await store.ReplaceVocabularyAsync(vocabulary, default);

        // Then the stored parse is stale, read through the vocabulary until parsed again, and stored with its stamp
        Assert.Equal(new ParsedCriteriaCounts(0, 1), await store.CountParsedCriteriaAsync(default));
        Assert.True(NamesZeta((await store.GetParsedCriteriaAsync([TestStudies.Id(1)], default))[TestStudies.Id(1)]));
        Assert.Equal(1, await store.UpdateParsedCriteriaAsync(10, default));
        Assert.Equal(new ParsedCriteriaCounts(1, 0), await store.CountParsedCriteriaAsync(default));
        Assert.Equal(ConstraintExtractor.ParseStamp(vocabulary), Scalar(path, "SELECT criteria_parser_version FROM study_documents"));
        Assert.True(NamesZeta((await store.GetParsedCriteriaAsync([TestStudies.Id(1)], default))[TestStudies.Id(1)]));
        var open = await store.GetOpenTrialSetAsync(default);
        Assert.Equal(vocabulary.Stamp, open.Vocabulary?.Stamp);
        var patient = Core.Eligibility.Patients.ClinicalNoteReader.Read("A 30-year-old woman with Omega syndrome.", vocabulary).Patient!;
        Assert.Equal(Core.Eligibility.Screening.TrialVerdict.NotEligible, open.Screen(patient, null, default).VerdictOf(TestStudies.Id(1)));
    }

    [Fact]
    public async Task An_update_goes_on_after_its_last_batch_and_comes_back_for_rows_made_stale_behind_it()
    {
        var path = _directory.File("cursor.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        for (var i = 1; i <= 3; i++)
        {
            var json = System.Text.Encoding.UTF8.GetBytes(TestStudies.Node(TestStudies.Id(i), criteria: Criteria).ToJsonString());
            await store.UpsertAsync([StudyDocument.Create(TestStudies.Id(i), json, Core.Studies.StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", "1", null)], default);
        }

        Execute(path, "UPDATE study_documents SET criteria_parser_version = 0", []);
        Assert.Equal(2, await store.UpdateParsedCriteriaAsync(2, default));
        Execute(path, "UPDATE study_documents SET criteria_parser_version = 0 WHERE id = (SELECT min(id) FROM study_documents)", []);

        Assert.Equal(1, await store.UpdateParsedCriteriaAsync(2, default));   // the third study, after the last batch
        Assert.Equal(1, await store.UpdateParsedCriteriaAsync(2, default));   // the first, made stale behind it
        Assert.Equal(0, await store.UpdateParsedCriteriaAsync(2, default));
        Assert.Equal(new ParsedCriteriaCounts(3, 0), await store.CountParsedCriteriaAsync(default));
    }

    [Fact]
    public void A_vocabulary_stamp_depends_on_its_content_not_its_order()
    {
        static Core.Vocabulary.MeshDescriptor D(string id, string name, params string[] terms) => new(id, name, terms, ["C01.1"]);
        var one = new Core.Vocabulary.MeshVocabulary([D("D1", "Alpha", "A1", "A2"), D("D2", "Beta")]);
        var reordered = new Core.Vocabulary.MeshVocabulary([D("D2", "Beta"), D("D1", "Alpha", "A2", "A1")]);
        var other = new Core.Vocabulary.MeshVocabulary([D("D1", "Alpha", "A1"), D("D2", "Beta")]);

        Assert.Equal(one.Stamp, reordered.Stamp);
        Assert.NotEqual(one.Stamp, other.Stamp);
        Assert.Equal(ConstraintExtractor.ParserVersion, ConstraintExtractor.ParseStamp(null));
        Assert.NotEqual(ConstraintExtractor.ParseStamp(one), ConstraintExtractor.ParseStamp(other));
    }

    [Fact]
    public async Task A_damaged_stored_parse_is_parsed_again_from_the_study_instead_of_failing_the_read()
    {
        var path = _directory.File("damaged.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        var json = System.Text.Encoding.UTF8.GetBytes(TestStudies.Node(TestStudies.Id(1), criteria: Criteria).ToJsonString());
        await store.UpsertAsync([StudyDocument.Create(TestStudies.Id(1), json, Core.Studies.StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", "1", null)], default);
        Execute(path, "UPDATE study_documents SET parsed_criteria = $stale", [1, 0xFF, 0xFF, 0xFF]);

        var parsed = await store.GetParsedCriteriaAsync([TestStudies.Id(1)], default);

        Assert.Contains(parsed[TestStudies.Id(1)].Constraints, c => c.Normalized?.Unit == "umol/L");
    }

    [Fact]
    public async Task A_schema_4_database_gains_the_criteria_columns_and_its_studies_are_parsed_on_read_until_updated()
    {
        var path = _directory.File("schema4.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, target: 4);
            for (var i = 1; i <= 3; i++)
            {
                InsertSchema4Study(connection, TestStudies.Id(i), i == 2 ? null : Criteria);
            }
        }

        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        var before = await store.CountParsedCriteriaAsync(default);
        var onRead = await store.GetParsedCriteriaAsync([TestStudies.Id(1), TestStudies.Id(2)], default);
        var updated = new[] { await store.UpdateParsedCriteriaAsync(2, default), await store.UpdateParsedCriteriaAsync(2, default), await store.UpdateParsedCriteriaAsync(2, default) };
        var stored = await store.GetParsedCriteriaAsync([TestStudies.Id(1)], default);

        Assert.Equal(new ParsedCriteriaCounts(0, 3), before);
        Assert.Contains(onRead[TestStudies.Id(1)].Constraints, c => c.Normalized?.Unit == "umol/L");
        Assert.Empty(onRead[TestStudies.Id(2)].Criteria);
        Assert.Equal([2, 1, 0], updated);
        Assert.Equal(new ParsedCriteriaCounts(3, 0), await store.CountParsedCriteriaAsync(default));
        Assert.Equal((long)ConstraintExtractor.ParserVersion, Scalar(path, "SELECT min(criteria_parser_version) FROM study_documents"));
        Assert.Equal(
            string.Join(" ; ", onRead[TestStudies.Id(1)].Constraints.Select(c => $"{c} {c.SourceSpan}")),
            string.Join(" ; ", stored[TestStudies.Id(1)].Constraints.Select(c => $"{c} {c.SourceSpan}")));
    }

    private static void InsertSchema4Study(SqliteConnection connection, string nctId, string? criteria)
    {
        var json = System.Text.Encoding.UTF8.GetBytes(TestStudies.Node(nctId, criteria: criteria).ToJsonString());
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO studies (nct_id, json_sha256, source_format, source_file, source_position, imported_at, phases, collaborator_classes, std_ages, has_results, countries) " +
            "VALUES ($id, $hash, 'api-v2-json', 'old.json', 'study', '2026-01-01T00:00:00+00:00', '', '', '', 0, '') RETURNING id";
        command.Parameters.AddWithValue("$id", nctId);
        command.Parameters.AddWithValue("$hash", System.Security.Cryptography.SHA256.HashData(json));
        var id = (long)command.ExecuteScalar()!;
        command.Parameters.Clear();
        command.CommandText = "INSERT INTO study_documents (id, json) VALUES ($id, $json)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$json", StoredCompression.Compress(json));
        command.ExecuteNonQuery();
    }

    private static void Execute(string path, string sql, byte[] blob)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$stale", blob);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose() => _directory.Dispose();
}
