using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// Reads and writes an enum as its exact API v2 value. Anything else (another spelling, a number, null)
/// is an error: the importer rejects records it cannot type rather than guessing.
/// </summary>
internal sealed class ApiEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
    : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{JsonValueText.Describe(ref reader)} is not a valid {typeof(T).Name} value");
        }

        var names = ApiEnum<T>.Utf8Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return ApiEnum<T>.Values[i];
            }
        }

        throw new JsonException($"{JsonValueText.Describe(ref reader)} is not a valid {typeof(T).Name} value");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ApiEnum<T>.EncodedNames[ApiEnum<T>.IndexOf(value)]);
}
