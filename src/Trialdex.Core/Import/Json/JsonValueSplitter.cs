using System.Globalization;
using System.Text.Json;

namespace Trialdex.Core.Import.Json;

/// <summary>
/// The streaming state machine behind <see cref="JsonStudyReader"/>: tokenises the input in chunks with
/// <see cref="Utf8JsonReader"/>, keeps in its buffer only the study object being read, and yields each study
/// object's exact bytes. A syntax error ends the file (JSON cannot be resynchronised), after everything before it.
/// </summary>
internal sealed class JsonValueSplitter
{
    private enum Shape { None, Array, UndecidedObject, Study, PageStudiesProperty, Page, Classic }

    private readonly Stream _stream;
    private readonly string _sourceFile;
    private readonly string _prefix;
    private readonly ImportProgress? _progress;
    private readonly List<ImportItem> _pending = [];

    private byte[] _buffer = new byte[64 * 1024];
    private int _filled;
    private int _position;
    private long _bufferOffset;
    private Shape _shape;
    private long _valueStart = -1;
    private long _elementStart = -1;
    private int _elementDepth = -1;
    private int _elementIndex;
    private int _topValues;
    private int _skipDepth = -1;

    public JsonValueSplitter(Stream stream, string sourceFile, string prefix, ImportProgress? progress)
    {
        _stream = stream;
        _sourceFile = sourceFile;
        _prefix = prefix;
        _progress = progress;
    }

    public IEnumerable<ImportItem> Split()
    {
        var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 256 });
        var eof = false;
        SkipBom(ref eof);
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_position, _filled - _position), eof, state);
            string? failure = null;
            try
            {
                while (reader.Read())
                {
                    OnToken(ref reader);
                }
            }
            catch (JsonException ex)
            {
                failure = Failure(ex, eof);
            }

            _position += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            foreach (var item in _pending)
            {
                yield return item;
            }

            _pending.Clear();
            if (failure is not null)
            {
                yield return Reject(failure);
                yield break;
            }

            if (eof)
            {
                if (_topValues == 0)
                {
                    yield return Reject("empty input: no JSON value");
                }

                yield break;
            }

            eof = Refill();
        }
    }

    private void OnToken(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        var tokenStart = _bufferOffset + _position + reader.TokenStartIndex;
        var token = reader.TokenType;
        if (_skipDepth >= 0)
        {
            if (depth == _skipDepth && token is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                _skipDepth = -1;
            }

            return;
        }

        if (depth == 0)
        {
            OnTopLevelToken(token, tokenStart);
            return;
        }

        if (depth == 1 && _shape == Shape.UndecidedObject && token == JsonTokenType.PropertyName)
        {
            OnTopLevelProperty(ref reader);
            return;
        }

        if (depth == 1 && _shape == Shape.PageStudiesProperty)
        {
            _shape = token == JsonTokenType.StartArray ? Shape.Page : Shape.UndecidedObject;
            _elementDepth = 2;
            return;
        }

        if (depth == _elementDepth && _shape is Shape.Array or Shape.Page)
        {
            OnElementToken(token, tokenStart);
        }
    }

    private void OnTopLevelToken(JsonTokenType token, long tokenStart)
    {
        switch (token)
        {
            case JsonTokenType.StartArray:
                _topValues++;
                _shape = Shape.Array;
                _elementDepth = 1;
                break;
            case JsonTokenType.StartObject:
                _topValues++;
                _shape = Shape.UndecidedObject;
                _valueStart = tokenStart;
                break;
            case JsonTokenType.EndObject:
                OnTopLevelObjectEnd(tokenStart + 1);
                break;
            case JsonTokenType.EndArray:
                _shape = Shape.None;
                break;
            default:
                _topValues++;
                _pending.Add(Reject(Inv($"top-level JSON value #{_topValues} is a {token}, not a study object or an array of studies")));
                break;
        }
    }

    private void OnTopLevelProperty(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("studies"u8))
        {
            _shape = Shape.PageStudiesProperty;
            _valueStart = -1;
        }
        else if (reader.ValueTextEquals("FullStudiesResponse"u8))
        {
            _shape = Shape.Classic;
            _valueStart = -1;
        }
        else if (reader.ValueTextEquals("protocolSection"u8) || reader.ValueTextEquals("derivedSection"u8)
            || reader.ValueTextEquals("hasResults"u8) || reader.ValueTextEquals("resultsSection"u8))
        {
            _shape = Shape.Study;
        }
    }

    private void OnTopLevelObjectEnd(long end)
    {
        switch (_shape)
        {
            case Shape.Study:
                _pending.Add(Record(_valueStart, end, _topValues == 1 && _prefix.Length == 0 ? "study" : Inv($"value #{_topValues}")));
                break;
            case Shape.Classic:
                _pending.Add(Reject(JsonStudyReader.ClassicApiReason));
                break;
            case Shape.UndecidedObject:
                _pending.Add(Reject("JSON object is neither a study (no protocolSection) nor an API page (no studies array)"));
                break;
        }

        _shape = Shape.None;
        _valueStart = -1;
    }

    private void OnElementToken(JsonTokenType token, long tokenStart)
    {
        if (token == JsonTokenType.StartObject)
        {
            _elementIndex++;
            _elementStart = tokenStart;
        }
        else if (token == JsonTokenType.EndObject && _elementStart >= 0)
        {
            _pending.Add(Record(_elementStart, tokenStart + 1, ElementName()));
            _elementStart = -1;
        }
        else if (token is JsonTokenType.EndArray or JsonTokenType.EndObject)
        {
            return;
        }
        else
        {
            _elementIndex++;
            _pending.Add(Reject(Inv($"{ElementName()} is a {token}, not a study object")));
            if (token is JsonTokenType.StartArray)
            {
                _skipDepth = _elementDepth;
            }
        }
    }

    private string ElementName() => _shape == Shape.Page ? Inv($"studies[{_elementIndex - 1}]") : Inv($"element [{_elementIndex - 1}]");

    private RawRecord Record(long start, long end, string position)
    {
        var bytes = _buffer.AsSpan((int)(start - _bufferOffset), (int)(end - start)).ToArray();
        return new RawRecord(_sourceFile, Join(Inv($"{position} at byte {start}")), SourceFormat.ApiV2Json, bytes);
    }

    private RecordReject Reject(string reason) =>
        new(_sourceFile, Join(_elementStart >= 0 ? Inv($"{ElementName()} at byte {_elementStart}") : Inv($"value #{Math.Max(_topValues, 1)}")), reason);

    private string Join(string position) => _prefix.Length == 0 ? position : _prefix + ", " + position;

    private string Failure(JsonException ex, bool eof)
    {
        var where = Inv($"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1} of that line");
        var inElement = _elementStart >= 0 || _shape is Shape.Study or Shape.UndecidedObject;
        if (eof && inElement)
        {
            return Inv($"truncated JSON: the input ends inside this record ({where}); records before it were read");
        }

        return Inv($"malformed JSON at {where}: {JsonStudyReader.Describe(ex)}; the rest of this file cannot be read, records before it were read");
    }

    private void SkipBom(ref bool eof)
    {
        eof = Refill();
        if (_filled >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
    }

    private bool Refill()
    {
        var keepFrom = _position;
        foreach (var start in (ReadOnlySpan<long>)[_valueStart, _elementStart])
        {
            if (start >= 0)
            {
                keepFrom = Math.Min(keepFrom, (int)(start - _bufferOffset));
            }
        }

        Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, _filled - keepFrom);
        _filled -= keepFrom;
        _position -= keepFrom;
        _bufferOffset += keepFrom;
        if (_filled > _buffer.Length / 2)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _filled, _buffer.Length - _filled);
        _progress?.AddBytes(read);
        _filled += read;
        return read == 0;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
