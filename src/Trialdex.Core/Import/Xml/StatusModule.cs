using System.Text.Json.Nodes;
using System.Xml.Linq;

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

    public static JsonObject Map(XElement study)
    {
        var module = new JsonObject();
        module.Put("statusVerifiedDate", LegacyDates.Date(study.Element("verification_date")));
        module.Put("overallStatus", LegacyEnums.OverallStatus.Map(study.Element("overall_status")) ?? throw study.Error("missing <overall_status>"));
        module.Put("lastKnownStatus", LegacyEnums.OverallStatus.Map(study.Element("last_known_status")));
        module.Put("whyStopped", study.Text("why_stopped"));
        module.Put("expandedAccessInfo", JsonFields.Single("hasExpandedAccess", study.YesNo("has_expanded_access")));
        foreach (var (key, name, olderName) in Dates)
        {
            var element = study.Element(name) ?? (olderName is null ? null : study.Element(olderName));
            module.Put(key, key.EndsWith("Struct", StringComparison.Ordinal) ? LegacyDates.Struct(element) : LegacyDates.Date(element));
        }

        return module;
    }
}
