using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

[JsonConverter(typeof(ApiEnumConverter<Sex>))]
public enum Sex
{
    [JsonStringEnumMemberName("FEMALE")] Female,
    [JsonStringEnumMemberName("MALE")] Male,
    [JsonStringEnumMemberName("ALL")] All,
}

/// <summary>The registry's age groups: child (under 18), adult (18–64), older adult (65 and over).</summary>
[JsonConverter(typeof(ApiEnumConverter<StandardAge>))]
public enum StandardAge
{
    [JsonStringEnumMemberName("CHILD")] Child,
    [JsonStringEnumMemberName("ADULT")] Adult,
    [JsonStringEnumMemberName("OLDER_ADULT")] OlderAdult,
}

[JsonConverter(typeof(ApiEnumConverter<SamplingMethod>))]
public enum SamplingMethod
{
    [JsonStringEnumMemberName("PROBABILITY_SAMPLE")] ProbabilitySample,
    [JsonStringEnumMemberName("NON_PROBABILITY_SAMPLE"), Description("Non-Probability Sample")] NonProbabilitySample,
}
