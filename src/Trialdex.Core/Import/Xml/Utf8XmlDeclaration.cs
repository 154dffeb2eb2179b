using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// The XML declaration as <see cref="Utf8RecordLoader"/> accepts it: version 1.0, then optionally encoding UTF-8 (in
/// any case) and standalone yes or no, in that order. Another version or encoding is left to XmlReader, which decodes
/// or refuses it.
/// </summary>
internal static class Utf8XmlDeclaration
{
    /// <summary>Reads the declaration from just after <c>&lt;?xml</c> up to and with its <c>?&gt;</c>; false when it is not one accepted here.</summary>
    public static bool Read(ReadOnlySpan<byte> xml, ref int pos)
    {
        if (!Pseudo(xml, ref pos, "version"u8, out var version) || !version.SequenceEqual("1.0"u8))
        {
            return false;
        }

        if (Pseudo(xml, ref pos, "encoding"u8, out var encoding) && !Ascii.EqualsIgnoreCase(encoding, "utf-8"u8))
        {
            return false;
        }

        if (Pseudo(xml, ref pos, "standalone"u8, out var standalone) && !(standalone.SequenceEqual("yes"u8) || standalone.SequenceEqual("no"u8)))
        {
            return false;
        }

        while (pos < xml.Length && Utf8XmlText.IsSpace(xml[pos]))
        {
            pos++;
        }

        if (!xml[pos..].StartsWith("?>"u8))
        {
            return false;
        }

        pos += 2;
        return true;
    }

    /// <summary>
    /// Reads <c>S name S? = S? "value"</c> when <paramref name="name"/> comes next: true then, with an empty value
    /// (which no check accepts) when it is malformed. False, with the position unchanged, when it is not there.
    /// </summary>
    private static bool Pseudo(ReadOnlySpan<byte> xml, ref int pos, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        var at = pos;
        var spaces = Spaces(xml, ref at);
        if (spaces == 0 || !xml[at..].StartsWith(name))
        {
            return false;
        }

        at += name.Length;
        Spaces(xml, ref at);
        if (at < xml.Length && xml[at] == '=')
        {
            at++;
            Spaces(xml, ref at);
            var quote = at < xml.Length ? xml[at] : (byte)0;
            var length = quote is (byte)'"' or (byte)'\'' ? xml[(at + 1)..].IndexOf(quote) : -1;
            if (length >= 0)
            {
                value = xml.Slice(at + 1, length);
                at += length + 2;
            }
        }

        pos = at;
        return true;
    }

    private static int Spaces(ReadOnlySpan<byte> xml, ref int at)
    {
        var start = at;
        while (at < xml.Length && Utf8XmlText.IsSpace(xml[at]))
        {
            at++;
        }

        return at - start;
    }
}
