using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Reads a <see cref="NormalizedTime"/> from its JSON string ("18 Years"), rejecting anything else.</summary>
internal sealed class NormalizedTimeJsonConverter : JsonConverter<NormalizedTime>
{
    public override NormalizedTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && NormalizedTime.TryParse(reader.GetString(), out var time))
        {
            return time;
        }

        throw new JsonException($"{JsonValueText.Describe(ref reader)} is not a valid time (expected e.g. '18 Years')");
    }

    public override void Write(Utf8JsonWriter writer, NormalizedTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
