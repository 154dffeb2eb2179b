using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Trialdex.Core.Geo;

/// <summary>
/// Reads the gazetteer data file that build/gazetteer/convert.js writes (its format is described in
/// build/gazetteer/README.md): UTF-8 text, gzipped or not, one record a line, fields separated by TAB and lists
/// by '|'. The first line is the header <c>#trialdex-gazetteer	1</c>; other lines starting with '#' are comments.
/// <code>
/// C  iso2  iso3  name  aliases                    a country
/// A  iso2  code  name  aliases                    a first-level division
/// P  name  ascii  lat  lon  iso2  admin1  population  feature  aliases     a place
/// E  countries  divisions  places                 the last record: how many of each came before
/// </code>
/// The end record is what tells a complete file from one cut short, which gzip alone does not.
/// </summary>
internal static class GazetteerReader
{
    public const string Header = "#trialdex-gazetteer\t1";

    public static Gazetteer Read(Stream stream, string source)
    {
        try
        {
            using var reader = new StreamReader(Decompressed(stream), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Read(reader, source);
        }
        catch (InvalidDataException e)
        {
            throw new GazetteerFormatException(source, null, "the gzip stream is damaged", e);
        }
    }

    private static Gazetteer Read(StreamReader reader, string source)
    {
        var builder = new GazetteerBuilder();
        if (reader.ReadLine() is not { } first || first != Header)
        {
            throw new GazetteerFormatException(source, 1, $"the first line is not the header \"{Header.Replace('\t', ' ')}\"");
        }

        long number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length > 0 && line[0] != '#' && builder.Add(line) is { } problem)
            {
                throw new GazetteerFormatException(source, number, problem);
            }
        }

        return builder.Build() ?? throw new GazetteerFormatException(source, number, "the file ends before its end record (E): it was cut short");
    }

    // Accepts the gzip file the build writes and plain text (the test fixtures), told apart by gzip's magic bytes.
    private static Stream Decompressed(Stream stream)
    {
        var seekable = stream.CanSeek ? stream : Buffered(stream);
        var start = seekable.Position;
        Span<byte> magic = stackalloc byte[2];
        var gzip = seekable.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        seekable.Position = start;
        return gzip ? new GZipStream(seekable, CompressionMode.Decompress, leaveOpen: true) : seekable;
    }

    private static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>A whole number of zero or more, digits only.</summary>
    internal static bool TryParseCount(ReadOnlySpan<char> text, out long count) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);
}
