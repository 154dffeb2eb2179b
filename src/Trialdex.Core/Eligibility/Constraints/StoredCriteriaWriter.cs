using System.Buffers;
using System.Text.Json;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Writes the JSON of <see cref="StoredCriteria"/> by hand, byte for byte as <see cref="StoredCriteriaJson"/> would
/// (which still reads it back): the serializer's per-property checks for leaving out empty members were a third of
/// the stored form's cost at import. Members in declaration order, enums by name, nulls left out, and a
/// constraint's optional members left out when null or zero.
/// </summary>
internal static class StoredCriteriaWriter
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The JSON of <paramref name="criteria"/>, in a buffer of this thread's that the next call overwrites.</summary>
    public static ReadOnlySpan<byte> Write(IReadOnlyList<ParsedCriterion> criteria)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        foreach (var criterion in criteria)
        {
            Criterion(writer, criterion);
        }

        writer.WriteEndArray();
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private static void Criterion(Utf8JsonWriter writer, ParsedCriterion criterion)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", criterion.Kind.ToString());
        if (criterion.Text is not null)
        {
            writer.WriteString("text", criterion.Text);
        }

        Span(writer, "span", criterion.Span);
        writer.WriteNumber("depth", criterion.Depth);
        Array(writer, "constraints", criterion.Constraints, Constraint);

        writer.WriteEndObject();
    }

    private static void Constraint(Utf8JsonWriter writer, Constraint constraint)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", constraint.Kind.ToString());
        if (constraint.Field is not null)
        {
            writer.WriteString("field", constraint.Field);
        }

        if (constraint.Operator is { } comparison)
        {
            writer.WriteString("operator", comparison.ToString());
        }

        Array(writer, "values", constraint.Values, static (w, value) => w.WriteNumberValue(value));
        Array(writer, "valueTexts", constraint.ValueTexts, static (w, text) => w.WriteStringValue(text));
        if (constraint.Unit is not null)
        {
            writer.WriteString("unit", constraint.Unit);
        }

        if (constraint.Normalized is { } normalized)
        {
            Quantity(writer, normalized);
        }

        Array(writer, "times", constraint.Times, static (w, time) => w.WriteStringValue(time.ToString()));

        if (constraint.Label is not null)
        {
            writer.WriteString("label", constraint.Label);
        }

        if (constraint.Flags != ConstraintFlags.None)
        {
            writer.WriteString("flags", constraint.Flags.ToString());
        }

        if (constraint.OrGroup != 0)
        {
            writer.WriteNumber("orGroup", constraint.OrGroup);
        }

        Array(writer, "descriptors", constraint.Descriptors, Descriptor);

        Span(writer, "span", constraint.Span);
        OptionalSpan(writer, "comparisonSpan", constraint.ComparisonSpan);
        OptionalSpan(writer, "sourceSpan", constraint.SourceSpan);
        OptionalSpan(writer, "sourceComparisonSpan", constraint.SourceComparisonSpan);
        writer.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter writer, NormalizedQuantity quantity)
    {
        writer.WriteStartObject("normalized");
        Array(writer, "values", quantity.Values, static (w, value) => w.WriteNumberValue(value));

        if (quantity.Unit is not null)
        {
            writer.WriteString("unit", quantity.Unit);
        }

        writer.WriteString("kind", quantity.Kind.ToString());
        writer.WriteEndObject();
    }

    /// <summary>A list as an array, each item written by <paramref name="write"/>; nothing when the list is null.</summary>
    private static void Array<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>A MeSH descriptor as [id, name], as <see cref="DescriptorConverter"/> writes it.</summary>
    private static void Descriptor(Utf8JsonWriter writer, MeshDescriptor descriptor)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(descriptor.Id);
        writer.WriteStringValue(descriptor.Name);
        writer.WriteEndArray();
    }

    private static void OptionalSpan(Utf8JsonWriter writer, string name, TextSpan? span)
    {
        if (span is { } value)
        {
            Span(writer, name, value);
        }
    }

    /// <summary>A span as [start, length], as <see cref="TextSpanConverter"/> writes it.</summary>
    private static void Span(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.Length);
        writer.WriteEndArray();
    }
}
