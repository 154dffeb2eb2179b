namespace Trialdex.Core.Import.Xml;

/// <summary>Reads the simple values of a legacy record: trimmed texts, Yes/No flags, textblocks.</summary>
internal static class XmlFields
{
    /// <summary>The trimmed text of the first child called <paramref name="name"/>, or null when absent or blank.</summary>
    public static string? Text(this RecordElement parent, string name) => Value(parent.Element(name));

    /// <summary>The trimmed text of an element, or null when it is absent or blank.</summary>
    public static string? Value(RecordElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = element.OwnText.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The trimmed value of an attribute, or null when it is absent or blank.</summary>
    public static string? Value(RecordAttribute? attribute) =>
        attribute?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The texts of every child called <paramref name="name"/>, blanks skipped.</summary>
    public static IEnumerable<string> Texts(this RecordElement parent, string name)
    {
        foreach (var child in parent.Elements(name))
        {
            if (Value(child) is { } text)
            {
                yield return text;
            }
        }
    }

    /// <summary>The normalised <c>&lt;textblock&gt;</c> under the child called <paramref name="name"/>.</summary>
    public static string? Textblock(this RecordElement parent, string name) =>
        parent.Element(name)?.Element("textblock") is { } block ? TextblockNormalizer.Normalize(block.OwnText) : null;

    /// <summary>A Yes/No flag (also true/false); null when absent or blank.</summary>
    public static bool? YesNo(this RecordElement parent, string name)
    {
        var element = parent.Element(name);
        return Value(element) switch
        {
            null => null,
            var v when v.Equals("Yes", StringComparison.OrdinalIgnoreCase) || v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            var v when v.Equals("No", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            var v => throw element!.Unknown(v),
        };
    }

    /// <summary>An error about <paramref name="at"/>, with its line and position when known.</summary>
    public static LegacyXmlException Error(this RecordElement at, string message) =>
        at.Line > 0
            ? new LegacyXmlException($"{message} (line {at.Line}, position {at.Column})")
            : new LegacyXmlException(message);

    /// <summary>An error about <paramref name="at"/>, with its element's line and position when known.</summary>
    public static LegacyXmlException Error(this RecordAttribute at, string message) => at.Parent.Error(message);

    /// <summary>An error for a value of <paramref name="element"/> that has no API v2 counterpart.</summary>
    public static LegacyXmlException Unknown(this RecordElement element, string value) =>
        element.Error($"unknown <{element.LocalName}> value '{value}'");
}
