
namespace Trialdex.Core.Import.Xml;

/// <summary>The mapper's common shapes of API v2 JSON: absent values and empty objects or arrays are left out.</summary>
internal static class JsonFields
{
    /// <summary>Writes the texts of <paramref name="source"/>'s children, each (v2 key, element name), leaving out absent ones.</summary>
    public static void Texts(this V2JsonWriter json, RecordElement? source, params ReadOnlySpan<(string Key, string Element)> fields)
    {
        if (source is null)
        {
            return;
        }

        foreach (var (key, element) in fields)
        {
            json.String(key, source.Text(element));
        }
    }

    /// <summary>Writes the Yes/No flags of <paramref name="source"/>'s children, each (v2 key, element name), as booleans.</summary>
    public static void Flags(this V2JsonWriter json, RecordElement source, params ReadOnlySpan<(string Key, string Element)> fields)
    {
        foreach (var (key, element) in fields)
        {
            json.Bool(key, source.YesNo(element));
        }
    }

    /// <summary>An array of the given strings, left out when there are none.</summary>
    public static void Strings(this V2JsonWriter json, string name, IEnumerable<string> values)
    {
        json.Array(name);
        foreach (var value in values)
        {
            json.String(value);
        }

        json.End();
    }

    /// <summary>An array of one object per element, elements writing nothing skipped; left out when none write anything.</summary>
    public static void Objects(this V2JsonWriter json, string name, IEnumerable<RecordElement> elements, Action<V2JsonWriter, RecordElement> write)
    {
        json.Array(name);
        foreach (var element in elements)
        {
            json.Item();
            write(json, element);
            json.End();
        }

        json.End();
    }

    /// <summary>A one-property object, left out when the value is absent.</summary>
    public static void Single(this V2JsonWriter json, string name, string key, string? value)
    {
        json.Object(name);
        json.String(key, value);
        json.End();
    }

    /// <summary>A one-property object, left out when the flag is absent.</summary>
    public static void Single(this V2JsonWriter json, string name, string key, bool? value)
    {
        json.Object(name);
        json.Bool(key, value);
        json.End();
    }
}
