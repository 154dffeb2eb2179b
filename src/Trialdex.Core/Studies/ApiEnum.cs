using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>
/// The API v2 values of one enum, read once from its <see cref="JsonStringEnumMemberNameAttribute"/>s,
/// with the display text from <see cref="DescriptionAttribute"/> or else derived from the API value.
/// </summary>
internal static class ApiEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
    where T : struct, Enum
{
    public static readonly T[] Values;
    public static readonly string[] Names;
    public static readonly byte[][] Utf8Names;
    public static readonly JsonEncodedText[] EncodedNames;
    public static readonly string[] Displays;

    static ApiEnum()
    {
        var fields = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static);
        Values = new T[fields.Length];
        Names = new string[fields.Length];
        Displays = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            Values[i] = (T)fields[i].GetValue(null)!;
            Names[i] = fields[i].GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(T).Name}.{fields[i].Name} has no API value.");
            Displays[i] = fields[i].GetCustomAttribute<DescriptionAttribute>()?.Description
                ?? ApiValueText.ToDisplay(Names[i]);
        }

        Utf8Names = Array.ConvertAll(Names, Encoding.UTF8.GetBytes);
        EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));
    }

    public static int IndexOf(T value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name} value.");
    }
}
