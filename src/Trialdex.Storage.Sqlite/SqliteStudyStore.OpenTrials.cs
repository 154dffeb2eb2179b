using Microsoft.Data.Sqlite;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    private readonly StoreSnapshots<OpenTrialSet> _openTrials;

    /// <summary>The open trial set's last build (duration, and bytes counted as 0: the benchmark measures the heap), null before the first; for benchmarks.</summary>
    public (TimeSpan Duration, long Bytes)? OpenTrialSetBuild => _openTrials.LastBuild;

    /// <summary>Starts building the open trial set screening reads, if it is not in place; a server calls it when it starts.</summary>
    public void PrepareScreening() => _openTrials.TryGetFresh();

    public Task<OpenTrialSet> GetOpenTrialSetAsync(CancellationToken ct) => _openTrials.WaitForFreshAsync(ct);

    /// <summary>
    /// Reads every open study through <paramref name="connection"/> (inside one read transaction): the index
    /// columns screening uses, the conditions, and the stored parsed criteria, parsing the JSON of a study whose stored
    /// parse is not current. Ages come back as the index keeps them, in days.
    /// </summary>
    private OpenTrialSet ReadOpenTrials(SqliteConnection connection)
    {
        var vocabulary = Vocabulary(connection);
        var statuses = string.Join(", ", TrialMatcher.OpenStatuses.Select(s => $"'{s}'"));
        var conditions = new Dictionary<long, List<string>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT c.study_id, c.name FROM study_conditions c JOIN studies s ON s.id = c.study_id WHERE s.overall_status IN ({statuses}) ORDER BY c.study_id, c.position";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!conditions.TryGetValue(id, out var list))
                {
                    conditions[id] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var trials = new List<OpenTrial>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT s.id, s.nct_id, s.overall_status, s.brief_title, s.official_title, s.sex, s.min_age_days, s.max_age_days, s.healthy_volunteers, " +
                "CASE WHEN d.criteria_parser_version IS $version THEN d.parsed_criteria END, " +
                "CASE WHEN d.criteria_parser_version IS $version AND d.parsed_criteria IS NOT NULL THEN NULL ELSE d.json END " +
                $"FROM studies s JOIN study_documents d ON d.id = s.id WHERE s.overall_status IN ({statuses}) ORDER BY s.id";
            command.Parameters.AddWithValue("$version", ConstraintExtractor.ParseStamp(vocabulary));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var eligibility = new EligibilityModule
                {
                    Sex = !reader.IsDBNull(5) && EnumText.TryParseApiValue<Sex>(reader.GetString(5), out var sex) ? sex : null,
                    MinimumAge = Days(reader, 6),
                    MaximumAge = Days(reader, 7),
                    HealthyVolunteers = reader.IsDBNull(8) ? null : reader.GetInt64(8) != 0,
                };
                var stored = reader.IsDBNull(9) ? null : (byte[])reader.GetValue(9);
                trials.Add(new OpenTrial(
                    reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                    eligibility, conditions.GetValueOrDefault(reader.GetInt64(0)) ?? [], stored,
                    stored is null ? Parse((byte[])reader.GetValue(10), vocabulary) : null));
            }
        }

        try
        {
            return OpenTrialSet.Build(trials, vocabulary);
        }
        catch (InvalidDataException)
        {
            // A damaged stored parse: the studies whose stored form cannot be read are parsed again from their JSON,
            // as GetParsedCriteriaAsync does.
            return OpenTrialSet.Build(
                trials.Select(t => t.StoredCriteria is { } stored && Read(stored) is null
                    ? t with { StoredCriteria = null, ParsedCriteria = ParseStored(connection, t.NctId, vocabulary) }
                    : t),
                vocabulary);
        }
    }

    private static ParsedCriteria ParseStored(SqliteConnection connection, string nctId, Core.Vocabulary.MeshVocabulary? vocabulary)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.json FROM studies s JOIN study_documents d ON d.id = s.id WHERE s.nct_id = $id";
        command.Parameters.AddWithValue("$id", nctId);
        return command.ExecuteScalar() is byte[] json ? Parse(json, vocabulary) : ParsedCriteria.Empty;
    }

    private static NormalizedTime? Days(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : new NormalizedTime((decimal)reader.GetDouble(column), TimeUnit.Day);
}
