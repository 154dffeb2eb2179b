using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>The U.S. grant or contract an organization's study id is.</summary>
[JsonConverter(typeof(ApiEnumConverter<OrgStudyIdType>))]
public enum OrgStudyIdType
{
    [JsonStringEnumMemberName("NIH"), Description("U.S. NIH Grant/Contract")] Nih,
    [JsonStringEnumMemberName("FDA"), Description("U.S. FDA Grant/Contract")] Fda,
    [JsonStringEnumMemberName("VA"), Description("U.S. VA Grant/Contract")] Va,
    [JsonStringEnumMemberName("CDC"), Description("U.S. CDC Grant/Contract")] Cdc,
    [JsonStringEnumMemberName("AHRQ"), Description("U.S. AHRQ Grant/Contract")] Ahrq,
    [JsonStringEnumMemberName("SAMHSA"), Description("U.S. SAMHSA Grant/Contract")] Samhsa,
}

[JsonConverter(typeof(ApiEnumConverter<SecondaryIdType>))]
public enum SecondaryIdType
{
    [JsonStringEnumMemberName("NIH"), Description("U.S. NIH Grant/Contract")] Nih,
    [JsonStringEnumMemberName("FDA"), Description("U.S. FDA Grant/Contract")] Fda,
    [JsonStringEnumMemberName("VA"), Description("U.S. VA Grant/Contract")] Va,
    [JsonStringEnumMemberName("CDC"), Description("U.S. CDC Grant/Contract")] Cdc,
    [JsonStringEnumMemberName("AHRQ"), Description("U.S. AHRQ Grant/Contract")] Ahrq,
    [JsonStringEnumMemberName("SAMHSA"), Description("U.S. SAMHSA Grant/Contract")] Samhsa,
    [JsonStringEnumMemberName("OTHER_GRANT"), Description("Other Grant/Funding Number")] OtherGrant,
    [JsonStringEnumMemberName("EUDRACT_NUMBER"), Description("EudraCT Number")] EudractNumber,
    [JsonStringEnumMemberName("CTIS"), Description("EU Trial (CTIS) Number")] Ctis,
    [JsonStringEnumMemberName("REGISTRY"), Description("Registry Identifier")] Registry,
    [JsonStringEnumMemberName("OTHER"), Description("Other Identifier")] Other,
}
