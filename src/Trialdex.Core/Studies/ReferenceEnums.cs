using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

[JsonConverter(typeof(ApiEnumConverter<ReferenceType>))]
public enum ReferenceType
{
    [JsonStringEnumMemberName("BACKGROUND")] Background,
    [JsonStringEnumMemberName("RESULT")] Result,
    [JsonStringEnumMemberName("DERIVED")] Derived,
}

[JsonConverter(typeof(ApiEnumConverter<IpdSharing>))]
public enum IpdSharing
{
    [JsonStringEnumMemberName("YES")] Yes,
    [JsonStringEnumMemberName("NO")] No,
    [JsonStringEnumMemberName("UNDECIDED")] Undecided,
}

/// <summary>A document shared along with individual participant data.</summary>
[JsonConverter(typeof(ApiEnumConverter<IpdSharingInfoType>))]
public enum IpdSharingInfoType
{
    [JsonStringEnumMemberName("STUDY_PROTOCOL")] StudyProtocol,
    [JsonStringEnumMemberName("SAP"), Description("Statistical Analysis Plan (SAP)")] Sap,
    [JsonStringEnumMemberName("ICF"), Description("Informed Consent Form (ICF)")] Icf,
    [JsonStringEnumMemberName("CSR"), Description("Clinical Study Report (CSR)")] Csr,
    [JsonStringEnumMemberName("ANALYTIC_CODE")] AnalyticCode,
}
