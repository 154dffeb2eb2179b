using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>How relevant a MeSH browse leaf is to the study.</summary>
[JsonConverter(typeof(ApiEnumConverter<BrowseLeafRelevance>))]
public enum BrowseLeafRelevance
{
    [JsonStringEnumMemberName("LOW")] Low,
    [JsonStringEnumMemberName("HIGH")] High,
}
