
namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps statuses and dates to the v2 <c>statusModule</c>. Records from before 2018 name some dates differently
/// (firstreceived_date, lastchanged_date, …); the newer name wins when a record carries both.
/// </summary>
internal static class StatusModule
{
    /// <summary>v2 date keys, in v2 order, and their legacy elements; keys ending in "Struct" carry the date's type too.</summary>
    private static readonly (string Key, string Element, string? OlderElement)[] Dates =
    [
        ("startDateStruct", "start_date", null),
        ("primaryCompletionDateStruct", "primary_completion_date", null),
        ("completionDateStruct", "completion_date", null),
        ("studyFirstSubmitDate", "study_first_submitted", "firstreceived_date"),
        ("studyFirstSubmitQcDate", "study_first_submitted_qc", null),
        ("studyFirstPostDateStruct", "study_first_posted", null),
        ("resultsFirstSubmitDate", "results_first_submitted", "firstreceived_results_date"),
        ("resultsFirstSubmitQcDate", "results_first_submitted_qc", null),
        ("resultsFirstPostDateStruct", "results_first_posted", null),
        ("dispFirstSubmitDate", "disposition_first_submitted", "firstreceived_results_disposition_date"),
        ("dispFirstSubmitQcDate", "disposition_first_submitted_qc", null),
        ("dispFirstPostDateStruct", "disposition_first_posted", null),
        ("lastUpdateSubmitDate", "last_update_submitted", "lastchanged_date"),
        ("lastUpdatePostDateStruct", "last_update_posted", null),
    ];

    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.String("statusVerifiedDate", LegacyDates.Date(study.Element("verification_date")));
        json.String("overallStatus", LegacyEnums.OverallStatus.Map(study.Element("overall_status")) ?? throw study.Error("missing <overall_status>"));
        json.String("lastKnownStatus", LegacyEnums.OverallStatus.Map(study.Element("last_known_status")));
        json.String("whyStopped", study.Text("why_stopped"));
        json.Single("expandedAccessInfo", "hasExpandedAccess", study.YesNo("has_expanded_access"));
        foreach (var (key, name, olderName) in Dates)
        {
            var element = study.Element(name) ?? (olderName is null ? null : study.Element(olderName));
            if (key.EndsWith("Struct", StringComparison.Ordinal))
            {
                LegacyDates.Struct(json, key, element);
            }
            else
            {
                json.String(key, LegacyDates.Date(element));
            }
        }
    }
}
