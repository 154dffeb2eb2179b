using System.Globalization;
using System.Text.Json;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Reads the properties of one object of a patient JSON document strictly by type: a value of the wrong type is an
/// error and reads as absent, JSON null reads as absent, an unknown property is reported and ignored. Problems name
/// the JSON path and never quote the value.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly ReadProblems _problems;

    private JsonObjectReader(JsonElement element, string path, ReadProblems problems, IReadOnlyCollection<string> known)
    {
        Path = path;
        _problems = problems;
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                problems.Info(path, $"ignored property '{JsonPaths.Shorten(property.Name)}'");
            }
            else if (!_properties.TryAdd(property.Name, property.Value))
            {
                problems.Warning(JsonPaths.Child(path, property.Name), "the property appears more than once; the last is read");
                _properties[property.Name] = property.Value;
            }
        }
    }

    public string Path { get; }

    public ReadProblems Problems => _problems;

    /// <summary>Opens an object, or reports an error and returns null when the element is something else.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, ReadProblems problems, IReadOnlyCollection<string> known)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, path, problems, known);
        }

        problems.Error(path, $"expected an object, found {JsonPaths.Describe(element)}");
        return null;
    }

    public string PathOf(string name) => JsonPaths.Child(Path, name);

    public bool Has(string name) => Value(name) is not null;

    /// <summary>The value of a present, non-null property.</summary>
    public JsonElement? Value(string name) =>
        _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public JsonObjectReader? Object(string name, IReadOnlyCollection<string> known) =>
        Value(name) is { } value ? Open(value, PathOf(name), _problems, known) : null;

    /// <summary>The items of an array property with their paths; an error and nothing when it is not an array.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string name)
    {
        if (Value(name) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Wrong(name, "an array", value, Enumerable.Empty<(JsonElement, string)>());
        }

        var path = PathOf(name);
        return value.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"))).ToList();
    }

    public string? String(string name)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Wrong<string?>(name, "a string", value, null);
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            _problems.Error(PathOf(name), "the string is empty");
            return null;
        }

        return text;
    }

    public bool? Boolean(string name) => Value(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { } value => Wrong<bool?>(name, "true or false", value, null),
    };

    public decimal? Number(string name, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return Wrong<decimal?>(name, "a number", value, null);
        }

        if (!value.TryGetDecimal(out var number) || number < min || number > max)
        {
            _problems.Error(PathOf(name), OutOfRange(min, max));
            return null;
        }

        return number;
    }

    public int? Integer(string name, int min, int max)
    {
        if (Number(name, min, max) is not { } number)
        {
            return null;
        }

        if (number != decimal.Truncate(number))
        {
            _problems.Error(PathOf(name), "expected a whole number");
            return null;
        }

        return (int)number;
    }

    /// <summary>A "yyyy", "yyyy-MM" or "yyyy-MM-dd" date.</summary>
    public PartialDate? Date(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        _problems.Error(PathOf(name), "expected a date written yyyy, yyyy-MM or yyyy-MM-dd");
        return null;
    }

    /// <summary>A full "yyyy-MM-dd" date.</summary>
    public DateOnly? Day(string name)
    {
        if (Date(name) is not { } date)
        {
            return null;
        }

        if (date.Day is null)
        {
            _problems.Error(PathOf(name), "expected a full date written yyyy-MM-dd");
            return null;
        }

        return date.Earliest;
    }

    /// <summary>One of a fixed set of lower-case words.</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }

        _problems.Error(PathOf(name), $"expected one of {string.Join(", ", choices.Keys)}");
        return null;
    }

    private T Wrong<T>(string name, string expected, JsonElement value, T result)
    {
        _problems.Error(PathOf(name), $"expected {expected}, found {JsonPaths.Describe(value)}");
        return result;
    }

    private static string OutOfRange(decimal min, decimal max) =>
        min == decimal.MinValue ? "the number is too large"
        : max == decimal.MaxValue ? string.Create(CultureInfo.InvariantCulture, $"expected a number of at least {min}")
        : string.Create(CultureInfo.InvariantCulture, $"expected a number from {min} to {max}");
}
