using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// Reads a JSON number as a finite double. System.Text.Json reads 1e999 as infinity, which no coordinate or
/// BMI can be and which cannot be written back as JSON.
/// </summary>
internal sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new JsonException($"{JsonValueText.Describe(ref reader)} is not a finite number");

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
