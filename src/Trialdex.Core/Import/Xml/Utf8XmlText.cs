using System.Buffers;
using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>How a run of character data is decoded, as XmlReader decodes it where the run stands.</summary>
internal enum Utf8TextKind
{
    /// <summary>Element content: references decoded, line ends normalised to LF, <c>]]&gt;</c> refused.</summary>
    Content,

    /// <summary>An attribute value: references decoded, tab, CR, LF and CRLF each read as one space, <c>&lt;</c> refused.</summary>
    Attribute,

    /// <summary>A CDATA section: line ends normalised to LF, nothing else.</summary>
    CData,
}

/// <summary>
/// The character-level rules of XML 1.0 that <see cref="Utf8RecordLoader"/> needs, for the subset it reads: the five
/// predefined entities, character references, line-end and attribute-value normalisation, and which characters may
/// appear at all. Every answer errs towards refusal; the caller then leaves the record to XmlReader.
/// </summary>
internal static class Utf8XmlText
{
    /// <summary>C0 controls other than tab, LF and CR, which XML 1.0 does not allow anywhere, even as references.</summary>
    private static readonly SearchValues<byte> ControlBytes =
        SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>What stops a plain copy of content; <c>]</c> for <c>]]&gt;</c>, which content may not hold.</summary>
    private static readonly SearchValues<byte> ContentSpecials = SearchValues.Create("&\r]"u8);
    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("&\r\n\t<"u8);
    private static readonly SearchValues<byte> CDataSpecials = SearchValues.Create("\r"u8);

    /// <summary>True for XML's white space: space, tab, CR and LF (not NEL or the Unicode line separators).</summary>
    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>True when the text, already known to be valid UTF-8, holds a character XML 1.0 forbids: a C0 control other than tab, LF and CR, or U+FFFE or U+FFFF.</summary>
    public static bool HasForbiddenCharacter(ReadOnlySpan<byte> xml)
    {
        if (xml.IndexOfAny(ControlBytes) >= 0)
        {
            return true;
        }

        // U+FFF0 to U+FFFF are EF BF B0 to EF BF BF in UTF-8.
        ReadOnlySpan<byte> specials = [0xEF, 0xBF];
        for (var rest = xml; ;)
        {
            var at = rest.IndexOf(specials);
            if (at < 0)
            {
                return false;
            }

            if (at + 2 < rest.Length && rest[at + 2] >= 0xBE)
            {
                return true;
            }

            rest = rest[(at + 2)..];
        }
    }

    /// <summary>
    /// Decodes a run of <paramref name="kind"/>; false when XmlReader would refuse it. The string is made only when
    /// <paramref name="materialize"/> (text in the skipped results section is only checked). <paramref name="whitespace"/>
    /// tells whether XmlReader would call the run white space: only space, tab, CR and LF, literally or as character references.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> raw, Utf8TextKind kind, bool materialize, out string? value, out bool whitespace)
    {
        value = null;
        whitespace = false;
        var specials = kind switch
        {
            Utf8TextKind.Content => ContentSpecials,
            Utf8TextKind.Attribute => AttributeSpecials,
            _ => CDataSpecials,
        };
        if (raw.IndexOfAny(specials) < 0)
        {
            whitespace = kind == Utf8TextKind.Content && raw.Length > 0 && IsSpace(raw[0]) && raw.IndexOfAnyExcept(" \t\n"u8) < 0;
            value = materialize && !whitespace ? Encoding.UTF8.GetString(raw) : null;
            return true;
        }

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var written = Decode(raw, kind, specials, buffer, out whitespace);
            if (written < 0)
            {
                return false;
            }

            value = materialize && !whitespace ? new string(buffer, 0, written) : null;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes into <paramref name="chars"/> (as long as <paramref name="raw"/>, which no decoding outgrows); the count written, or -1 when refused.</summary>
    private static int Decode(ReadOnlySpan<byte> raw, Utf8TextKind kind, SearchValues<byte> specials, Span<char> chars, out bool whitespace)
    {
        var written = 0;
        var other = kind != Utf8TextKind.Content;
        for (var rest = raw; ;)
        {
            var at = rest.IndexOfAny(specials);
            var run = at < 0 ? rest : rest[..at];
            other = other || run.IndexOfAnyExcept(" \t\n"u8) >= 0;
            written += Encoding.UTF8.GetChars(run, chars[written..]);
            if (at < 0)
            {
                whitespace = !other;
                return written;
            }

            var special = rest[at];
            rest = rest[(at + 1)..];
            if (special == '&')
            {
                var length = Reference(rest, chars[written..], out var count, out var isSpace);
                if (length < 0)
                {
                    whitespace = false;
                    return -1;
                }

                other = other || !isSpace;
                written += count;
                rest = rest[length..];
                continue;
            }

            if (special == '<' || (special == ']' && rest.StartsWith("]>"u8)))
            {
                whitespace = false;
                return -1;
            }

            if (special == ']')
            {
                other = true;
                chars[written++] = ']';
                continue;
            }

            if (special == '\r' && rest.StartsWith("\n"u8))
            {
                rest = rest[1..];
            }

            chars[written++] = kind == Utf8TextKind.Attribute ? ' ' : '\n';
        }
    }

    /// <summary>
    /// Reads the reference after an <c>&amp;</c> into <paramref name="chars"/>: the bytes it takes up to and with its
    /// semicolon, or -1 when it is not one XmlReader accepts without a DTD. <paramref name="isSpace"/> for a character
    /// reference to white space, which XmlReader counts as white space when it classifies a text node.
    /// </summary>
    private static int Reference(ReadOnlySpan<byte> text, Span<char> chars, out int count, out bool isSpace)
    {
        count = 1;
        isSpace = false;
        var end = 0;
        while (end < text.Length && end < 12 && text[end] != ';')
        {
            end++;
        }

        if (end == 0 || end == text.Length || text[end] != ';')
        {
            return -1;
        }

        var name = text[..end];
        char? named = name.Length switch
        {
            2 when name[1] == 't' => name[0] switch { (byte)'l' => '<', (byte)'g' => '>', _ => null },
            3 when name.SequenceEqual("amp"u8) => '&',
            4 when name.SequenceEqual("quot"u8) => '"',
            4 when name.SequenceEqual("apos"u8) => '\'',
            _ => null,
        };
        if (named is { } c)
        {
            chars[0] = c;
            return end + 1;
        }

        if (name[0] != '#' || CharacterReference(name[1..]) is not { } rune)
        {
            return -1;
        }

        isSpace = rune.Value is ' ' or '\t' or '\r' or '\n';
        count = rune.EncodeToUtf16(chars);
        return end + 1;
    }

    /// <summary>The character of <c>&amp;#NN;</c> or <c>&amp;#xHH;</c> (given without <c>&amp;#</c> and <c>;</c>), when it is one XML allows.</summary>
    private static Rune? CharacterReference(ReadOnlySpan<byte> digits)
    {
        var hex = digits.StartsWith("x"u8);
        if (hex)
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty)
        {
            return null;
        }

        var value = 0;
        foreach (var digit in digits)
        {
            var d = hex ? HexDigit(digit) : digit is >= (byte)'0' and <= (byte)'9' ? digit - '0' : -1;
            if (d < 0)
            {
                return null;
            }

            value = (value * (hex ? 16 : 10)) + d;
            if (value > 0x10FFFF)
            {
                return null;
            }
        }

        var allowed = value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
        return allowed ? new Rune(value) : null;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
