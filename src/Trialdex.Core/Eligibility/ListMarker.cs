namespace Trialdex.Core.Eligibility;

internal enum MarkerFamily
{
    Bullet,
    Decimal,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
}

internal enum MarkerDelimiter
{
    None,
    Period,
    Paren,
    Enclosed,
    Ideographic,
}

/// <summary>
/// What makes two markers items of the same list: "1." and "2." share a style, "1." and "1)" do not, nor do "*" and "-".
/// </summary>
internal readonly record struct MarkerStyle(MarkerFamily Family, MarkerDelimiter Delimiter, char Bullet = '\0', int Level = 1)
{
    public bool IsOrdered => Family != MarkerFamily.Bullet;
}

/// <summary>A list marker at the start of a line or of an inline item.</summary>
/// <param name="Style">The list the marker belongs to.</param>
/// <param name="Ordinal">1 for "1.", "a)", "(i)"; 0 for bullets.</param>
/// <param name="Text">The marker as written, without Markdown escapes.</param>
/// <param name="Start">Offset of the marker's first character.</param>
/// <param name="TextStart">Offset of the item text after the marker and its spacing.</param>
/// <param name="AlphaOrdinal">For "i", "v", "x" (and capitals): the letter's place in the alphabet, since the
/// marker may continue a lettered list ("h.", "i.") rather than start a Roman one.</param>
internal readonly record struct ListMarker(MarkerStyle Style, int Ordinal, string Text, int Start, int TextStart, int AlphaOrdinal = 0)
{
    /// <summary>True when this marker is the item after one with the given style and ordinal.</summary>
    public bool Follows(MarkerStyle style, int ordinal) => Style.IsOrdered && Style == style && Ordinal == ordinal + 1;

    /// <summary>The lettered reading of an ambiguous Roman marker.</summary>
    public ListMarker AsAlpha() => AlphaOrdinal == 0 ? this : this with
    {
        Style = Style with { Family = Style.Family == MarkerFamily.LowerRoman ? MarkerFamily.LowerAlpha : MarkerFamily.UpperAlpha },
        Ordinal = AlphaOrdinal,
        AlphaOrdinal = 0,
    };
}
