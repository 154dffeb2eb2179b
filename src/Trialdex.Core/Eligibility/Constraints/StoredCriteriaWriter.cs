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
        writer.WriteString(Names.Kind, criterion.Kind.ToString());
        if (criterion.Text is not null)
        {
            writer.WriteString(Names.Text, criterion.Text);
        }

        Span(writer, Names.Span, criterion.Span);
        writer.WriteNumber(Names.Depth, criterion.Depth);
        Array(writer, Names.Constraints, criterion.Constraints, Constraint);

        writer.WriteEndObject();
    }

    private static void Constraint(Utf8JsonWriter writer, Constraint constraint)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Kind, constraint.Kind.ToString());
        if (constraint.Field is not null)
        {
            writer.WriteString(Names.Field, constraint.Field);
        }

        if (constraint.Operator is { } comparison)
        {
            writer.WriteString(Names.Operator, comparison.ToString());
        }

        Array(writer, Names.Values, constraint.Values, static (w, value) => w.WriteNumberValue(value));
        Array(writer, Names.ValueTexts, constraint.ValueTexts, static (w, text) => w.WriteStringValue(text));
        if (constraint.Unit is not null)
        {
            writer.WriteString(Names.Unit, constraint.Unit);
        }

        if (constraint.Normalized is { } normalized)
        {
            Quantity(writer, normalized);
        }

        Array(writer, Names.Times, constraint.Times, static (w, time) => w.WriteStringValue(time.ToString()));

        if (constraint.Label is not null)
        {
            writer.WriteString(Names.Label, constraint.Label);
        }

        if (constraint.Flags != ConstraintFlags.None)
        {
            writer.WriteString(Names.Flags, constraint.Flags.ToString());
        }

        if (constraint.OrGroup != 0)
        {
            writer.WriteNumber(Names.OrGroup, constraint.OrGroup);
        }

        Array(writer, Names.Descriptors, constraint.Descriptors, Descriptor);

        Span(writer, Names.Span, constraint.Span);
        OptionalSpan(writer, Names.ComparisonSpan, constraint.ComparisonSpan);
        OptionalSpan(writer, Names.SourceSpan, constraint.SourceSpan);
        OptionalSpan(writer, Names.SourceComparisonSpan, constraint.SourceComparisonSpan);
        writer.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter writer, NormalizedQuantity quantity)
    {
        writer.WriteStartObject(Names.Normalized);
        Array(writer, Names.Values, quantity.Values, static (w, value) => w.WriteNumberValue(value));

        if (quantity.Unit is not null)
        {
            writer.WriteString(Names.Unit, quantity.Unit);
        }

        writer.WriteString(Names.Kind, quantity.Kind.ToString());
        writer.WriteEndObject();
    }

    /// <summary>A list as an array, each item written by <paramref name="write"/>; nothing when the list is null.</summary>
    private static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write)
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

    private static void OptionalSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan? span)
    {
        if (span is { } value)
        {
            Span(writer, name, value);
        }
    }

    /// <summary>A span as [start, length], as <see cref="TextSpanConverter"/> writes it.</summary>
    private static void Span(Utf8JsonWriter writer, JsonEncodedText name, TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.Length);
        writer.WriteEndArray();
    }

    /// <summary>Member names encoded once, not at every write (about 4 of 25 µs a study of writing, single thread).</summary>
    private static class Names
    {
        public static readonly JsonEncodedText ComparisonSpan = JsonEncodedText.Encode("comparisonSpan");
        public static readonly JsonEncodedText Constraints = JsonEncodedText.Encode("constraints");
        public static readonly JsonEncodedText Depth = JsonEncodedText.Encode("depth");
        public static readonly JsonEncodedText Descriptors = JsonEncodedText.Encode("descriptors");
        public static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
        public static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Normalized = JsonEncodedText.Encode("normalized");
        public static readonly JsonEncodedText Operator = JsonEncodedText.Encode("operator");
        public static readonly JsonEncodedText OrGroup = JsonEncodedText.Encode("orGroup");
        public static readonly JsonEncodedText SourceComparisonSpan = JsonEncodedText.Encode("sourceComparisonSpan");
        public static readonly JsonEncodedText SourceSpan = JsonEncodedText.Encode("sourceSpan");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Times = JsonEncodedText.Encode("times");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText ValueTexts = JsonEncodedText.Encode("valueTexts");
        public static readonly JsonEncodedText Values = JsonEncodedText.Encode("values");
    }
}
