using System.Collections.Frozen;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// One enumerated legacy element and its API v2 values. Lookups ignore case; a value it does not know is a
/// <see cref="LegacyXmlException"/>, except "N/A", which means the element is left out as API v2 leaves it out.
/// </summary>
internal sealed class LegacyEnum
{
    private readonly FrozenDictionary<string, string> _toV2;
    private readonly FrozenDictionary<string, string> _toLabel;

    public LegacyEnum(params (string Legacy, string V2)[] values)
    {
        _toV2 = values.ToFrozenDictionary(v => v.Legacy, v => v.V2, StringComparer.OrdinalIgnoreCase);
        _toLabel = values.DistinctBy(v => v.V2, StringComparer.Ordinal)
            .ToFrozenDictionary(v => v.V2, v => v.Legacy, StringComparer.Ordinal);
    }

    /// <summary>The API v2 value of <paramref name="element"/>'s text; null when it is absent, blank or an unmapped "N/A".</summary>
    public string? Map(RecordElement? element) => element is null ? null : Map(element, XmlFields.Value(element));

    /// <summary>The API v2 value of <paramref name="value"/>, read from <paramref name="element"/> (named in errors).</summary>
    public string? Map(RecordElement element, string? value) => Lookup(value) ?? (IsUnmapped(value) ? null : throw element.Unknown(value!));

    /// <summary>The API v2 value of an attribute such as <c>type="Anticipated"</c>; null when it is absent or blank.</summary>
    public string? Map(RecordAttribute? attribute)
    {
        if (attribute is null)
        {
            return null;
        }

        var value = XmlFields.Value(attribute);
        return Lookup(value) ?? (IsUnmapped(value) ? null : throw attribute.Error($"unknown <{attribute.Parent.LocalName}> {attribute.LocalName} attribute value '{value}'"));
    }

    private string? Lookup(string? value) => value is not null && _toV2.TryGetValue(value, out var v2) ? v2 : null;

    private static bool IsUnmapped(string? value) => value is null || value.Equals("N/A", StringComparison.OrdinalIgnoreCase);

    /// <summary>The display label of an API v2 value, as the legacy XML and API v2 "Type: Name" strings spell it.</summary>
    public string Label(string v2) => _toLabel[v2];
}
