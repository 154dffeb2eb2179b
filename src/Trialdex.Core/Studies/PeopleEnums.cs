using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>The kind of organization a sponsor or collaborator is.</summary>
[JsonConverter(typeof(ApiEnumConverter<AgencyClass>))]
public enum AgencyClass
{
    [JsonStringEnumMemberName("NIH"), Description("NIH")] Nih,
    [JsonStringEnumMemberName("FED"), Description("U.S. Federal")] Fed,
    [JsonStringEnumMemberName("OTHER_GOV"), Description("Other Government")] OtherGov,
    [JsonStringEnumMemberName("INDIV"), Description("Individual")] Indiv,
    [JsonStringEnumMemberName("INDUSTRY")] Industry,
    [JsonStringEnumMemberName("NETWORK")] Network,
    [JsonStringEnumMemberName("AMBIG"), Description("Ambiguous")] Ambig,
    [JsonStringEnumMemberName("OTHER")] Other,
    [JsonStringEnumMemberName("UNKNOWN")] Unknown,
}

[JsonConverter(typeof(ApiEnumConverter<ResponsiblePartyType>))]
public enum ResponsiblePartyType
{
    [JsonStringEnumMemberName("SPONSOR")] Sponsor,
    [JsonStringEnumMemberName("PRINCIPAL_INVESTIGATOR")] PrincipalInvestigator,
    [JsonStringEnumMemberName("SPONSOR_INVESTIGATOR"), Description("Sponsor-Investigator")] SponsorInvestigator,
}

/// <summary>The role of a central or location contact.</summary>
[JsonConverter(typeof(ApiEnumConverter<ContactRole>))]
public enum ContactRole
{
    [JsonStringEnumMemberName("STUDY_CHAIR")] StudyChair,
    [JsonStringEnumMemberName("STUDY_DIRECTOR")] StudyDirector,
    [JsonStringEnumMemberName("PRINCIPAL_INVESTIGATOR")] PrincipalInvestigator,
    [JsonStringEnumMemberName("SUB_INVESTIGATOR"), Description("Sub-Investigator")] SubInvestigator,
    [JsonStringEnumMemberName("CONTACT")] Contact,
}

/// <summary>The role of an overall official.</summary>
[JsonConverter(typeof(ApiEnumConverter<OfficialRole>))]
public enum OfficialRole
{
    [JsonStringEnumMemberName("STUDY_CHAIR")] StudyChair,
    [JsonStringEnumMemberName("STUDY_DIRECTOR")] StudyDirector,
    [JsonStringEnumMemberName("PRINCIPAL_INVESTIGATOR")] PrincipalInvestigator,
    [JsonStringEnumMemberName("SUB_INVESTIGATOR"), Description("Sub-Investigator")] SubInvestigator,
}
