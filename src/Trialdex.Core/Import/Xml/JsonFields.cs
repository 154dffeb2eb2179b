using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Builds API v2 JSON the way the API writes it: absent values and empty objects or arrays are left out.</summary>
internal static class JsonFields
{
    public static void Put(this JsonObject target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }

    public static void Put(this JsonObject target, string key, bool? value)
    {
        if (value is { } flag)
        {
            target[key] = flag;
        }
    }

    public static void Put(this JsonObject target, string key, JsonNode? value)
    {
        if (value is not (null or JsonObject { Count: 0 } or JsonArray { Count: 0 }))
        {
            target[key] = value;
        }
    }

    /// <summary>Copies the texts of <paramref name="source"/>'s children, each (v2 key, element name), leaving out absent ones.</summary>
    public static JsonObject Texts(this JsonObject target, XElement? source, params ReadOnlySpan<(string Key, string Element)> fields)
    {
        foreach (var (key, element) in fields)
        {
            target.Put(key, source?.Text(element));
        }

        return target;
    }

    /// <summary>Copies the Yes/No flags of <paramref name="source"/>'s children, each (v2 key, element name), as booleans.</summary>
    public static JsonObject Flags(this JsonObject target, XElement source, params ReadOnlySpan<(string Key, string Element)> fields)
    {
        foreach (var (key, element) in fields)
        {
            target.Put(key, source.YesNo(element));
        }

        return target;
    }

    /// <summary>An array of the given strings, or null when there are none.</summary>
    public static JsonArray? Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(value);
        }

        return array.Count == 0 ? null : array;
    }

    /// <summary>An array of one object per element, elements mapping to empty objects skipped; null when none.</summary>
    public static JsonArray? Objects(IEnumerable<XElement> elements, Func<XElement, JsonObject> map) => Objects(elements.Select(map));

    /// <summary>An array of the non-empty objects, or null when there are none.</summary>
    public static JsonArray? Objects(IEnumerable<JsonObject> items)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            if (item.Count > 0)
            {
                array.Add(item);
            }
        }

        return array.Count == 0 ? null : array;
    }

    /// <summary>A one-property object, or null when the value is absent.</summary>
    public static JsonObject? Single(string key, string? value) => value is null ? null : new JsonObject { [key] = value };

    /// <summary>A one-property object, or null when the flag is absent.</summary>
    public static JsonObject? Single(string key, bool? value) => value is { } flag ? new JsonObject { [key] = flag } : null;
}
