using System.Text.Json;

namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Reads one {"id","name","synonyms","treeNumbers"} object from its complete bytes; other properties are ignored,
/// a missing name or a value of the wrong type is an error at that value.
/// </summary>
internal ref struct MeshJsonElement
{
    private readonly MeshJsonBuffer _buffer;
    private readonly long _offset;
    private Utf8JsonReader _reader;

    // json holds exactly one object, found at offset in the buffer's unread bytes.
    private MeshJsonElement(ReadOnlySpan<byte> json, MeshJsonBuffer buffer, long offset)
    {
        _reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
        _buffer = buffer;
        _offset = offset;
    }

    public static MeshDescriptor Parse(ReadOnlySpan<byte> json, MeshJsonBuffer buffer, long offset) =>
        new MeshJsonElement(json, buffer, offset).Parse();

    private MeshDescriptor Parse()
    {
        _reader.Read();
        string? id = null, name = null;
        var synonyms = new List<string>();
        var treeNumbers = new List<string>();
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            if (IsProperty("id"u8))
            {
                id = ReadString("id");
            }
            else if (IsProperty("name"u8))
            {
                name = ReadString("name");
            }
            else if (IsProperty("synonyms"u8))
            {
                ReadStrings("synonyms", synonyms);
            }
            else if (IsProperty("treeNumbers"u8))
            {
                ReadStrings("treeNumbers", treeNumbers);
            }
            else
            {
                _reader.Skip();
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw _buffer.Error(_offset, "the descriptor has no \"name\"");
        }

        return MeshDescriptor.Create(id, name, synonyms, treeNumbers);
    }

    private string? ReadString(string property)
    {
        _reader.Read();
        return _reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => GetString(property),
            var token => throw Error($"\"{property}\" must be a string, not {MeshJsonReader.Describe(token)}"),
        };
    }

    private void ReadStrings(string property, List<string> into)
    {
        _reader.Read();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error($"\"{property}\" must be an array of strings, not {MeshJsonReader.Describe(_reader.TokenType)}");
        }

        while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
        {
            if (_reader.TokenType != JsonTokenType.String)
            {
                throw Error($"\"{property}\" must hold only strings, not {MeshJsonReader.Describe(_reader.TokenType)}");
            }

            var text = GetString(property);
            if (property == "treeNumbers" && !MeshTreeNumber.IsValid(text.Trim()))
            {
                throw Error($"'{text}' is not a MeSH tree number such as C13.351.500");
            }

            into.Add(text);
        }
    }

    private readonly bool IsProperty(ReadOnlySpan<byte> name)
    {
        try
        {
            return _reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException e)
        {
            throw Error($"a property name is not valid text: {e.Message}");
        }
    }

    private string GetString(string property)
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Error($"\"{property}\" is not valid text: {e.Message}");
        }
    }

    private readonly VocabularyFormatException Error(string reason) => _buffer.Error(_offset + _reader.TokenStartIndex, reason);
}
