using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>The source-generated JSON of <see cref="StoredCriteria"/>: enums by name, spans as [start, length].</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(TextSpanConverter), typeof(DescriptorConverter)])]
[JsonSerializable(typeof(IReadOnlyList<ParsedCriterion>))]
internal sealed partial class StoredCriteriaJson : JsonSerializerContext
{
    /// <summary>
    /// The stored form's type info: a constraint's optional members are left out when null or zero. Lists are always
    /// written: the generated reader gives a missing init-only list null, not its initializer's empty list.
    /// </summary>
    /// <remarks>Made on first use, not in a static initializer, which would run before the generated <see cref="Default"/> is set.</remarks>
    public static JsonTypeInfo<IReadOnlyList<ParsedCriterion>> Criteria => CriteriaHolder.Value;

    internal static JsonTypeInfo<IReadOnlyList<ParsedCriterion>> CreateCriteria()
    {
        var options = new JsonSerializerOptions(Default.Options) { TypeInfoResolver = Default.WithAddedModifier(LeaveOutEmpty) };
        return (JsonTypeInfo<IReadOnlyList<ParsedCriterion>>)options.GetTypeInfo(typeof(IReadOnlyList<ParsedCriterion>));
    }

    private static void LeaveOutEmpty(JsonTypeInfo type)
    {
        if (type.Type != typeof(Constraint))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => !p.IsRequired))
        {
            property.ShouldSerialize = (_, value) => value switch
            {
                null => false,
                Constraints.ConstraintFlags flags => flags != Constraints.ConstraintFlags.None,
                int number => number != 0,
                _ => true,
            };
        }
    }
}

/// <summary>A span as the two numbers [start, length].</summary>
internal sealed class TextSpanConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var start = Number(ref reader);
        var length = Number(ref reader);
        reader.Read();
        return reader.TokenType == JsonTokenType.EndArray ? new TextSpan(start, length) : throw new JsonException("a span has two numbers");
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.Length);
        writer.WriteEndArray();
    }

    private static int Number(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw new JsonException("a span has two numbers");
    }

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"expected {type}, found {reader.TokenType}");
        }
    }
}

/// <summary>A MeSH descriptor as [id, name]: its entry terms and tree numbers belong to the vocabulary, not to a trial.</summary>
internal sealed class DescriptorConverter : JsonConverter<MeshDescriptor>
{
    public override MeshDescriptor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TextSpanConverter.Expect(ref reader, JsonTokenType.StartArray);
        reader.Read();
        var id = reader.GetString() ?? string.Empty;
        reader.Read();
        var name = reader.GetString() ?? string.Empty;
        reader.Read();
        TextSpanConverter.Expect(ref reader, JsonTokenType.EndArray);
        return new MeshDescriptor(id, name, [], []);
    }

    public override void Write(Utf8JsonWriter writer, MeshDescriptor value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Id);
        writer.WriteStringValue(value.Name);
        writer.WriteEndArray();
    }
}

/// <summary>Holds the stored form's type info, made when first asked for.</summary>
file static class CriteriaHolder
{
    public static readonly JsonTypeInfo<IReadOnlyList<ParsedCriterion>> Value = StoredCriteriaJson.CreateCriteria();
}
