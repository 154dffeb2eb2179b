using System.Buffers.Binary;
using System.Text;

namespace Trialdex.Core.Import.Xml;

/// <summary>The names <see cref="Utf8RecordLoader"/> reads: ASCII only, and made into strings through a small shared cache.</summary>
internal static class Utf8XmlNames
{
    private const byte NameStart = 1;
    private const byte NameChar = 2;

    private static readonly string?[] Names = new string?[512];

    /// <summary>For each byte, whether it may start an ASCII name (letters, <c>_</c>) or only continue one (digits, <c>-</c>, <c>.</c>).</summary>
    private static readonly byte[] NameBytes = Enumerable.Range(0, 256)
        .Select(b => char.IsAsciiLetter((char)b) || b == '_' ? NameStart : char.IsAsciiDigit((char)b) || b is '-' or '.' ? NameChar : (byte)0)
        .ToArray();

    /// <summary>
    /// The length of the ASCII name at the start of <paramref name="text"/>, 0 when none starts there. Names with a
    /// colon or non-ASCII letters are legal XML, but stop here, so that the character after them refuses the record.
    /// </summary>
    public static int NameLength(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || NameBytes[text[0]] != NameStart)
        {
            return 0;
        }

        var length = 1;
        while (length < text.Length && NameBytes[text[length]] != 0)
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// The name as a string, shared with earlier records when it is in the cache: a record's few hundred elements use
    /// a few dozen names. Threads may replace each other's entries; an entry is used only after comparing it.
    /// </summary>
    public static string Name(ReadOnlySpan<byte> name)
    {
        // Length and the first and last eight bytes tell the names of public.xsd apart well enough for a cache.
        var hash = (ulong)name.Length;
        if (name.Length >= 8)
        {
            hash ^= (BinaryPrimitives.ReadUInt64LittleEndian(name) * 0x9E3779B97F4A7C15ul) ^ BinaryPrimitives.ReadUInt64LittleEndian(name[^8..]);
        }
        else
        {
            foreach (var b in name)
            {
                hash = (hash << 8) | b;
            }
        }

        hash *= 0x9E3779B97F4A7C15ul;
        ref var slot = ref Names[(int)(hash >> 55)];
        var cached = slot;
        if (cached is not null && Ascii.Equals(name, cached))
        {
            return cached;
        }

        return slot = Encoding.ASCII.GetString(name);
    }
}
