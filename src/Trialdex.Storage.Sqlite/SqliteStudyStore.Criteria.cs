using System.Text.Json;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    // The JSON is read only for a row whose stored parse is not current. criteria_parser_version holds the parse's
    // stamp (ConstraintExtractor.ParseStamp): the parser version, and the vocabulary it was parsed with.
    private const string CriteriaColumns =
        "s.nct_id, d.parsed_criteria, d.criteria_parser_version, " +
        "CASE WHEN d.criteria_parser_version IS $version AND d.parsed_criteria IS NOT NULL THEN NULL ELSE d.json END";

    public async Task<IReadOnlyDictionary<string, ParsedCriteria>> GetParsedCriteriaAsync(IReadOnlyCollection<string> nctIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nctIds);
        var vocabulary = await GetVocabularyAsync(ct).ConfigureAwait(false);
        var stamp = ConstraintExtractor.ParseStamp(vocabulary);
        var rows = await RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {CriteriaColumns} FROM studies s JOIN study_documents d ON d.id = s.id " +
                "WHERE s.nct_id IN (SELECT trim(value) FROM json_each($ids))";
            command.Parameters.AddWithValue("$ids", JsonArray(nctIds));
            command.Parameters.AddWithValue("$version", stamp);
            return ReadCriteriaRows(command, stamp, ct);
        }, ct).ConfigureAwait(false);

        var result = new Dictionary<string, ParsedCriteria>(rows.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            result[row.NctId] = row.Current is { } stored ? Read(stored) ?? await ParseStoredAsync(row.NctId, vocabulary, ct).ConfigureAwait(false) : Parse(row.Json!, vocabulary);
        }

        return result;
    }

    public async Task<ParsedCriteriaCounts> CountParsedCriteriaAsync(CancellationToken ct)
    {
        var stamp = ConstraintExtractor.ParseStamp(await GetVocabularyAsync(ct).ConfigureAwait(false));
        return await RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FILTER (WHERE criteria_parser_version IS $version AND parsed_criteria IS NOT NULL), count(*) FILTER (WHERE criteria_parser_version IS NOT $version OR parsed_criteria IS NULL) FROM study_documents";
            command.Parameters.AddWithValue("$version", stamp);
            using var reader = command.ExecuteReader();
            reader.Read();
            return new ParsedCriteriaCounts(reader.GetInt64(0), reader.GetInt64(1));
        }, ct).ConfigureAwait(false);
    }

    /// <summary>The ids as a JSON array of strings, for <c>json_each</c>: one parameter however many ids there are.</summary>
    private static string JsonArray(IEnumerable<string> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The stored parse, or null when it cannot be read (a damaged blob), so that the study is parsed again instead.</summary>
    private static ParsedCriteria? Read(byte[] stored)
    {
        try
        {
            return StoredCriteria.Deserialize(stored);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private async Task<ParsedCriteria> ParseStoredAsync(string nctId, MeshVocabulary? vocabulary, CancellationToken ct) =>
        await FindAsync(nctId, ct).ConfigureAwait(false) is { } study
            ? ConstraintExtractor.Parse(StudyJson.Parse(study.Json.Span).ProtocolSection?.EligibilityModule?.EligibilityCriteria, vocabulary)
            : ParsedCriteria.Empty;

    private static ParsedCriteria Parse(byte[] compressedJson, MeshVocabulary? vocabulary) =>
        ConstraintExtractor.Parse(StudyJson.Parse(StoredCompression.Decompress(compressedJson)).ProtocolSection?.EligibilityModule?.EligibilityCriteria, vocabulary);

    private static List<CriteriaRow> ReadCriteriaRows(SqliteCommand command, long stamp, CancellationToken ct)
    {
        var rows = new List<CriteriaRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            var current = !reader.IsDBNull(1) && !reader.IsDBNull(2) && reader.GetInt64(2) == stamp;
            rows.Add(new CriteriaRow(
                reader.GetString(0),
                current ? (byte[])reader.GetValue(1) : null,
                reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3)));
        }

        return rows;
    }

    private sealed record CriteriaRow(string NctId, byte[]? Current, byte[]? Json);
}
