using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    public Task<FieldValueStats> GetFieldValuesAsync(FieldValuePiece piece, CancellationToken ct) =>
        RunAsync(connection =>
        {
            var total = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM studies"), CultureInfo.InvariantCulture);
            if (piece.Type == FieldValueType.Boolean)
            {
                var column = piece.Piece == "HasResults" ? "has_results" : "healthy_volunteers";
                var counts = Counts(connection, $"SELECT {column}, count(*) FROM studies WHERE {column} IS NOT NULL GROUP BY 1");
                var trueCount = counts.GetValueOrDefault("1");
                var falseCount = counts.GetValueOrDefault("0");
                return new FieldValueStats(piece, total - trueCount - falseCount, counts.Count, [], trueCount, falseCount);
            }

            var (values, present) = Source(piece.Piece);
            var all = Counts(connection, values).Select(c => new FacetCount(c.Key, c.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
            var withValue = Convert.ToInt64(Scalar(connection, present), CultureInfo.InvariantCulture);
            return new FieldValueStats(piece, total - withValue, all.Count, all.Take(FieldValuePieces.TopValuesLimit).ToList());
        }, ct);

    /// <summary>The SQL giving (value, studies) and the SQL counting studies with any value, for one piece.</summary>
    private static (string Values, string Present) Source(string piece) => piece switch
    {
        "Phase" => Child("study_phases", "phase"),
        "Condition" => Child("study_conditions", "name"),
        "Keyword" => Child("study_keywords", "keyword"),
        "InterventionType" => Child("study_interventions", "type"),
        "InterventionName" => Child("study_interventions", "name"),
        "LocationCountry" => Child("study_locations", "country"),
        "LocationCity" => Child("study_locations", "city"),
        "StdAge" => (string.Join(" UNION ALL ", new[] { "CHILD", "ADULT", "OLDER_ADULT" }
            .Select(a => $"SELECT '{a}', count(*) FROM studies WHERE (' ' || std_ages || ' ') LIKE '% {a} %' HAVING count(*) > 0")),
            "SELECT count(*) FROM studies WHERE std_ages <> ''"),
        _ => Column(piece switch
        {
            "OverallStatus" => "overall_status",
            "StudyType" => "study_type",
            "EnrollmentType" => "enrollment_type",
            "Sex" => "sex",
            "LeadSponsorName" => "lead_sponsor",
            "LeadSponsorClass" => "lead_sponsor_class",
            _ => throw new ArgumentException($"no statistics are kept for {piece}", nameof(piece)),
        }),
    };

    private static (string, string) Child(string table, string column) =>
        ($"SELECT {column}, count(DISTINCT study_id) FROM {table} WHERE {column} IS NOT NULL GROUP BY 1",
         $"SELECT count(DISTINCT study_id) FROM {table} WHERE {column} IS NOT NULL");

    private static (string, string) Column(string column) =>
        ($"SELECT {column}, count(*) FROM studies WHERE {column} IS NOT NULL GROUP BY 1",
         $"SELECT count(*) FROM studies WHERE {column} IS NOT NULL");
}
