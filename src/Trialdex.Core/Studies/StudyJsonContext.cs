using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Source-generated (reflection-free) metadata for reading and writing <see cref="Study"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Study))]
internal sealed partial class StudyJsonContext : JsonSerializerContext;
