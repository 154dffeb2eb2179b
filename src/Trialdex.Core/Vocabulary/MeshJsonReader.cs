using System.Text.Json;

namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Streams the simple JSON shape [{"id":"D006175","name":"Gynatresia","synonyms":["Asherman Syndrome", …]}] (and an
/// optional "treeNumbers" array) one element at a time: only the current element is ever in the buffer, which grows
/// only when a single element is larger than it.
/// </summary>
internal sealed class MeshJsonReader
{
    private readonly MeshJsonBuffer _buffer;
    private JsonReaderState _state;
    private Phase _phase;

    private MeshJsonReader(Stream stream, string source)
    {
        _buffer = new MeshJsonBuffer(stream, source);
    }

    private enum Phase
    {
        BeforeArray,
        InArray,
        AfterArray,
    }

    private enum Step
    {
        Descriptor,
        NeedMoreBytes,
        End,
    }

    public static IEnumerable<MeshDescriptor> Read(Stream stream, string source)
    {
        var reader = new MeshJsonReader(stream, source);
        while (reader.Next() is { } descriptor)
        {
            yield return descriptor;
        }
    }

    private MeshDescriptor? Next()
    {
        while (true)
        {
            var step = Guard(out var descriptor);
            if (step == Step.Descriptor)
            {
                return descriptor;
            }

            if (step == Step.End)
            {
                return null;
            }

            _buffer.Fill();
        }
    }

    private Step Guard(out MeshDescriptor? descriptor)
    {
        try
        {
            return TryStep(out descriptor);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber + 1;
            var column = e.BytePositionInLine + 1;
            throw _buffer.Error(line, column, e.Message, e);
        }
    }

    // Reads from the last committed position; commits only whole values, so a value cut by the end of the
    // buffer is read again from its start once more bytes are in.
    private Step TryStep(out MeshDescriptor? descriptor)
    {
        descriptor = null;
        if (!_buffer.SkipByteOrderMark())
        {
            return Step.NeedMoreBytes;
        }

        var reader = new Utf8JsonReader(_buffer.Unread, _buffer.IsFinalBlock, _state);
        while (true)
        {
            if (!reader.Read())
            {
                return !_buffer.IsFinalBlock ? Step.NeedMoreBytes
                    : _phase == Phase.AfterArray ? Step.End
                    : throw _buffer.Error(reader.TokenStartIndex, "the file ends before its JSON array is closed");
            }

            if (_phase == Phase.InArray && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return Step.NeedMoreBytes;
                }

                var json = _buffer.Unread[(int)start..(int)reader.BytesConsumed];
                descriptor = MeshJsonElement.Parse(json, _buffer, start);
                Commit(ref reader);
                return Step.Descriptor;
            }

            _phase = (_phase, reader.TokenType) switch
            {
                (Phase.BeforeArray, JsonTokenType.StartArray) => Phase.InArray,
                (Phase.BeforeArray, var token) => throw _buffer.Error(reader.TokenStartIndex, $"expected a JSON array of descriptors, found {Describe(token)}"),
                (Phase.InArray, JsonTokenType.EndArray) => Phase.AfterArray,
                (Phase.InArray, var token) => throw _buffer.Error(reader.TokenStartIndex, $"each array element must be a descriptor object, found {Describe(token)}"),
                (_, var token) => throw _buffer.Error(reader.TokenStartIndex, $"unexpected {Describe(token)} after the array"),
            };
            Commit(ref reader);
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _buffer.Consume(reader.BytesConsumed);
        _state = reader.CurrentState;
        reader = new Utf8JsonReader(_buffer.Unread, _buffer.IsFinalBlock, _state);
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
