using System.Buffers;
using System.Text.Json;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Writes API v2 JSON the way the API writes it: absent values, empty objects and empty arrays are left out.
/// An object or array is written only once its first value is, so the mapper opens one without knowing whether
/// anything will go in it, and no tree of the study is built. The bytes are those
/// <see cref="JsonSerializer"/> writes for the same properties held in a <c>JsonObject</c>.
/// </summary>
internal sealed class V2JsonWriter
{
    /// <summary>A writer whose buffer grew past this for an outsized record is not kept for the thread's next record.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static V2JsonWriter? _cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(32 * 1024);
    private readonly Utf8JsonWriter _json;
    private Frame[] _frames = new Frame[16];

    /// <summary>Containers opened by the mapper, outermost first.</summary>
    private int _depth;

    /// <summary>How many of the opened containers have been written (always the outermost ones).</summary>
    private int _written;

    private V2JsonWriter() => _json = new Utf8JsonWriter(_buffer);

    /// <summary>This thread's writer, emptied, with the study's root object open.</summary>
    public static V2JsonWriter Start()
    {
        var writer = _cached ??= new V2JsonWriter();
        writer._buffer.ResetWrittenCount();
        writer._json.Reset(writer._buffer);
        writer._depth = 0;
        writer._written = 0;
        writer.Push(null, array: false);
        writer.Open();
        return writer;
    }

    /// <summary>Closes the root object and returns the study's JSON.</summary>
    public byte[] Finish()
    {
        End();
        _json.Flush();
        var json = _buffer.WrittenSpan.ToArray();
        if (_buffer.Capacity > MaxKeptBuffer)
        {
            _cached = null;
        }

        return json;
    }

    /// <summary>Opens the object property <paramref name="name"/>; it is written only if a value goes in it.</summary>
    public void Object(string name) => Push(name, array: false);

    /// <summary>Opens the array property <paramref name="name"/>; it is written only if an item goes in it.</summary>
    public void Array(string name) => Push(name, array: true);

    /// <summary>Opens an object item of the current array; it is written only if a value goes in it.</summary>
    public void Item() => Push(null, array: false);

    /// <summary>Closes the innermost open object or array.</summary>
    public void End()
    {
        if (_written == _depth)
        {
            if (_frames[_depth - 1].IsArray)
            {
                _json.WriteEndArray();
            }
            else
            {
                _json.WriteEndObject();
            }

            _written--;
        }

        _depth--;
    }

    /// <summary>A string property, left out when the value is absent.</summary>
    public void String(string name, string? value)
    {
        if (value is not null)
        {
            Open();
            _json.WriteString(name, value);
        }
    }

    /// <summary>A string item of the current array.</summary>
    public void String(string value)
    {
        Open();
        _json.WriteStringValue(value);
    }

    /// <summary>A boolean property, left out when the flag is absent.</summary>
    public void Bool(string name, bool? value)
    {
        if (value is { } flag)
        {
            Open();
            _json.WriteBoolean(name, flag);
        }
    }

    /// <summary>A number property.</summary>
    public void Number(string name, int value)
    {
        Open();
        _json.WriteNumber(name, value);
    }

    private void Push(string? name, bool array)
    {
        if (_depth == _frames.Length)
        {
            System.Array.Resize(ref _frames, _depth * 2);
        }

        _frames[_depth++] = new Frame(name, array);
    }

    /// <summary>Writes the opened containers not yet written, so that a value can go in the innermost.</summary>
    private void Open()
    {
        for (; _written < _depth; _written++)
        {
            var frame = _frames[_written];
            if (frame.Name is not null)
            {
                _json.WritePropertyName(frame.Name);
            }

            if (frame.IsArray)
            {
                _json.WriteStartArray();
            }
            else
            {
                _json.WriteStartObject();
            }
        }
    }

    private readonly record struct Frame(string? Name, bool IsArray);
}
