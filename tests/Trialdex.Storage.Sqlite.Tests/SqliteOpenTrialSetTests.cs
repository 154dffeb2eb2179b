using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests;

/// <summary>The store's <see cref="OpenTrialSet"/>, read from a real SQLite file.</summary>
public sealed class SqliteOpenTrialSetTests : IDisposable
{
    private static readonly string[] Criteria =
    [
        "Inclusion Criteria:\n\n* Age 18 to 65\n\nExclusion Criteria:\n\n* Pregnancy",
        "Inclusion Criteria:\n\n* Platelets > 100 x10^9/L\n* Creatinine < 1.5 mg/dL\n\nExclusion Criteria:\n\n* History of breast cancer\n* Hepatitis B",
        "Exclusion Criteria:\n\n* Diabetes mellitus\n* Prior chemotherapy",
    ];

    private static readonly string[] Patients =
    [
        "A 45-year-old woman with breast cancer, stage II. Platelets 150 x10^9/L. Denies diabetes.",
        "A 30-year-old man with hepatitis B cirrhosis and type 2 diabetes, on metformin.",
        "An 8-year-old girl with asthma.",
    ];

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_set_holds_every_open_study_and_gives_each_the_verdict_the_full_screening_gives()
    {
        // Given studies of every kind in three statuses, some of them sharing criteria
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("open.db"), default);
        await store.UpsertAsync([.. Enumerable.Range(1, 24).Select(Document)], default);

        // When the set is read and each patient screened against it
        var set = await store.GetOpenTrialSetAsync(default);

        // Then it holds the recruiting and not yet recruiting studies, and each verdict is the full one
        Assert.Equal(16, set.Count);
        Assert.Equal(3, set.DistinctCriteriaSets);
        foreach (var note in Patients)
        {
            var patient = ClinicalNoteReader.Read(note).Patient!;
            var screened = set.Screen(patient, UnitVocabularyBundled, default);
            var criteria = await store.GetParsedCriteriaAsync(set.NctIds.ToList(), default);
            foreach (var id in set.NctIds)
            {
                var protocol = StudyJson.Parse((await store.FindAsync(id, default))!.Json.Span).ProtocolSection;
                var full = Screener.ScreenTrial(patient, protocol, criteria[id], UnitVocabularyBundled);
                Assert.Equal(full.Verdict, screened.VerdictOf(id));
                Assert.Equal(MatchScore.Weight(full), screened.WeightOf(id));
            }
        }
    }

    [Fact]
    public async Task A_write_makes_the_next_read_build_a_set_that_holds_it()
    {
        // Given a store whose set was read
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("fresh.db"), default);
        await store.UpsertAsync([Document(1)], default);
        var before = await store.GetOpenTrialSetAsync(default);

        // When a recruiting study is added
        await store.UpsertAsync([Document(4)], default);

        // Then the next read holds it
        var after = await store.GetOpenTrialSetAsync(default);
        Assert.False(before.Contains(TestStudies.Id(4)));
        Assert.True(after.Contains(TestStudies.Id(4)));
    }

    [Fact]
    public async Task A_damaged_stored_parse_is_parsed_again_from_the_study_instead_of_failing_the_set()
    {
        // Given a study whose stored parse is damaged
        var path = _directory.File("damaged.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        await store.UpsertAsync([Document(1), Document(4)], default);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE study_documents SET parsed_criteria = $damaged WHERE id = (SELECT id FROM studies WHERE nct_id = $id)";
            command.Parameters.AddWithValue("$damaged", new byte[] { 1, 0xFF, 0xFF, 0xFF });
            command.Parameters.AddWithValue("$id", TestStudies.Id(1));
            command.ExecuteNonQuery();
        }

        // When the set is read, Then the study is screened on its criteria parsed again
        var set = await store.GetOpenTrialSetAsync(default);
        var pregnant = new Patient { Pregnancy = new PatientPregnancy { Pregnant = new Fact<YesNoUnknown>(YesNoUnknown.Yes, new JsonSource("$.pregnancy")) } };
        Assert.Equal(TrialVerdict.NotEligible, set.Screen(pregnant, null, default).VerdictOf(TestStudies.Id(1)));
    }

    private static Core.Eligibility.Units.UnitVocabulary? UnitVocabularyBundled => Core.Eligibility.Units.UnitVocabulary.Bundled;

    /// <summary>Study n: status, criteria, conditions, title and registry limits vary with n.</summary>
    private static StudyDocument Document(int n)
    {
        var status = (n % 3) switch { 0 => "COMPLETED", 1 => "RECRUITING", _ => "NOT_YET_RECRUITING" };
        var node = TestStudies.Node(TestStudies.Id(n), status: status, title: n % 5 == 0 ? "Iron for Children With Anemia" : "A Test Study", criteria: Criteria[n / 2 % Criteria.Length]);
        var protocol = node["protocolSection"]!.AsObject();
        protocol["conditionsModule"] = new JsonObject { ["conditions"] = n % 2 == 0 ? new JsonArray("Breast Cancer") : new JsonArray("Liver Cirrhosis", "Hepatitis B") };
        var eligibility = protocol["eligibilityModule"]!.AsObject();
        eligibility["sex"] = n % 4 == 0 ? "FEMALE" : "ALL";
        eligibility["maximumAge"] = n % 7 == 0 ? "6 Months" : "65 Years";
        var json = Encoding.UTF8.GetBytes(node.ToJsonString());
        return StudyDocument.Create(TestStudies.Id(n), json, StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", n.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
    }
}
