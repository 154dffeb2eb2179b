using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>The recruitment status of a whole study (API v2 <c>Status</c>).</summary>
[JsonConverter(typeof(ApiEnumConverter<OverallStatus>))]
public enum OverallStatus
{
    [JsonStringEnumMemberName("ACTIVE_NOT_RECRUITING"), Description("Active, not recruiting")] ActiveNotRecruiting,
    [JsonStringEnumMemberName("COMPLETED")] Completed,
    [JsonStringEnumMemberName("ENROLLING_BY_INVITATION"), Description("Enrolling by invitation")] EnrollingByInvitation,
    [JsonStringEnumMemberName("NOT_YET_RECRUITING"), Description("Not yet recruiting")] NotYetRecruiting,
    [JsonStringEnumMemberName("RECRUITING")] Recruiting,
    [JsonStringEnumMemberName("SUSPENDED")] Suspended,
    [JsonStringEnumMemberName("TERMINATED")] Terminated,
    [JsonStringEnumMemberName("WITHDRAWN")] Withdrawn,
    [JsonStringEnumMemberName("AVAILABLE")] Available,
    [JsonStringEnumMemberName("NO_LONGER_AVAILABLE"), Description("No longer available")] NoLongerAvailable,
    [JsonStringEnumMemberName("TEMPORARILY_NOT_AVAILABLE"), Description("Temporarily not available")] TemporarilyNotAvailable,
    [JsonStringEnumMemberName("APPROVED_FOR_MARKETING"), Description("Approved for marketing")] ApprovedForMarketing,
    [JsonStringEnumMemberName("WITHHELD")] Withheld,
    [JsonStringEnumMemberName("UNKNOWN"), Description("Unknown status")] Unknown,
}

/// <summary>The recruitment status of one study location.</summary>
[JsonConverter(typeof(ApiEnumConverter<RecruitmentStatus>))]
public enum RecruitmentStatus
{
    [JsonStringEnumMemberName("ACTIVE_NOT_RECRUITING"), Description("Active, not recruiting")] ActiveNotRecruiting,
    [JsonStringEnumMemberName("COMPLETED")] Completed,
    [JsonStringEnumMemberName("ENROLLING_BY_INVITATION"), Description("Enrolling by invitation")] EnrollingByInvitation,
    [JsonStringEnumMemberName("NOT_YET_RECRUITING"), Description("Not yet recruiting")] NotYetRecruiting,
    [JsonStringEnumMemberName("RECRUITING")] Recruiting,
    [JsonStringEnumMemberName("SUSPENDED")] Suspended,
    [JsonStringEnumMemberName("TERMINATED")] Terminated,
    [JsonStringEnumMemberName("WITHDRAWN")] Withdrawn,
    [JsonStringEnumMemberName("AVAILABLE")] Available,
}

/// <summary>The status of the expanded-access record a study links to.</summary>
[JsonConverter(typeof(ApiEnumConverter<ExpandedAccessStatus>))]
public enum ExpandedAccessStatus
{
    [JsonStringEnumMemberName("AVAILABLE")] Available,
    [JsonStringEnumMemberName("NO_LONGER_AVAILABLE"), Description("No longer available")] NoLongerAvailable,
    [JsonStringEnumMemberName("TEMPORARILY_NOT_AVAILABLE"), Description("Temporarily not available")] TemporarilyNotAvailable,
    [JsonStringEnumMemberName("APPROVED_FOR_MARKETING"), Description("Approved for marketing")] ApprovedForMarketing,
}

/// <summary>Whether a date or count is actual or estimated.</summary>
[JsonConverter(typeof(ApiEnumConverter<DateType>))]
public enum DateType
{
    [JsonStringEnumMemberName("ACTUAL")] Actual,
    [JsonStringEnumMemberName("ESTIMATED")] Estimated,
}
