using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

[JsonConverter(typeof(ApiEnumConverter<ArmGroupType>))]
public enum ArmGroupType
{
    [JsonStringEnumMemberName("EXPERIMENTAL")] Experimental,
    [JsonStringEnumMemberName("ACTIVE_COMPARATOR")] ActiveComparator,
    [JsonStringEnumMemberName("PLACEBO_COMPARATOR")] PlaceboComparator,
    [JsonStringEnumMemberName("SHAM_COMPARATOR")] ShamComparator,
    [JsonStringEnumMemberName("NO_INTERVENTION")] NoIntervention,
    [JsonStringEnumMemberName("OTHER")] Other,
}

[JsonConverter(typeof(ApiEnumConverter<InterventionType>))]
public enum InterventionType
{
    [JsonStringEnumMemberName("BEHAVIORAL")] Behavioral,
    [JsonStringEnumMemberName("BIOLOGICAL")] Biological,
    [JsonStringEnumMemberName("COMBINATION_PRODUCT")] CombinationProduct,
    [JsonStringEnumMemberName("DEVICE")] Device,
    [JsonStringEnumMemberName("DIAGNOSTIC_TEST")] DiagnosticTest,
    [JsonStringEnumMemberName("DIETARY_SUPPLEMENT")] DietarySupplement,
    [JsonStringEnumMemberName("DRUG")] Drug,
    [JsonStringEnumMemberName("GENETIC")] Genetic,
    [JsonStringEnumMemberName("PROCEDURE")] Procedure,
    [JsonStringEnumMemberName("RADIATION")] Radiation,
    [JsonStringEnumMemberName("OTHER")] Other,
}
