using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Reads a <see cref="PartialDate"/> from its JSON string, rejecting every other format.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && (reader.ValueIsEscaped || reader.HasValueSequence
                ? PartialDate.TryParse(reader.GetString(), out var date)
                : PartialDate.TryParse(reader.ValueSpan, out date)))
        {
            return date;
        }

        throw new JsonException($"{JsonValueText.Describe(ref reader)} is not a valid date");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
