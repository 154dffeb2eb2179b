using System.IO.Compression;
using System.Text;
using Trialdex.Core.Geo;

namespace Trialdex.Core.Tests.Geo;

/// <summary>Reading the gazetteer data format: gzipped or plain, and the errors it names.</summary>
public sealed class GazetteerReaderTests
{
    private const string Header = "#trialdex-gazetteer\t1\n";
    private const string UnitedStates = "C\tUS\tUSA\tUnited States\tUSA\n";

    [Fact]
    public void The_gzipped_file_reads_as_the_plain_one_does()
    {
        var plain = File.ReadAllBytes(GeoCases.PathOf("gazetteer-sample.tsv"));

        var gazetteer = Load(Gzip(plain));

        Assert.Equal(GeoCases.Sample.PlaceCount, gazetteer.PlaceCount);
        Assert.Equal(GeoCases.Sample.Find("Boston, MA"), gazetteer.Find("Boston, MA"));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_too()
    {
        var bytes = Gzip(File.ReadAllBytes(GeoCases.PathOf("gazetteer-sample.tsv")));

        var gazetteer = Gazetteer.Load(new ForwardOnlyStream(bytes), "forward-only");

        Assert.Equal(GeoCases.Sample.PlaceCount, gazetteer.PlaceCount);
    }

    [Fact]
    public void Comments_blank_lines_and_a_byte_order_mark_are_skipped()
    {
        var text = "\uFEFF" + Header + "# GeoNames, CC BY 4.0\n\n" + UnitedStates + "A\tUS\tMA\tMassachusetts\t\n"
            + "\n# places\nP\tBoston\t\t42.36\t-71.06\tUS\tMA\t675000\tPPLA\t\nE\t1\t1\t1";

        var boston = Load(Encoding.UTF8.GetBytes(text)).Find("Boston, MA");

        Assert.Equal(new GeocodeResult("Boston", "Massachusetts", "United States", 42.36, -71.06, 675000, 0, boston!.Explanation), boston);
    }

    [Fact]
    public void A_file_with_no_places_finds_nothing()
    {
        var gazetteer = Load(Encoding.UTF8.GetBytes(Header + "E\t0\t0\t0\n"));

        Assert.Equal(0, gazetteer.PlaceCount);
        Assert.Null(gazetteer.Find("Boston"));
    }

    [Theory]
    [InlineData("", 1, "header")]
    [InlineData("#trialdex-gazetteer\t2\n", 1, "header")]
    [InlineData("C\tUS\tUSA\tUnited States\t\n", 1, "header")]
    [InlineData(Header + "C\tUS\tUSA\tUnited States\n", 2, "5 fields")]
    [InlineData(Header + "C\tUS\tUSA\tUnited States\t\t\n", 2, "more")]
    [InlineData(Header + "X\tfoo\n", 2, "unknown record type \"X\"")]
    [InlineData(Header, 1, "cut short")]
    [InlineData(Header + UnitedStates + "\n# more\n", 4, "cut short")]
    [InlineData(Header + UnitedStates + "E\t1\t0\t1\n", 3, "counts 1 countries, 0 divisions and 1 places, but the file has 1, 0 and 0")]
    [InlineData(Header + UnitedStates + "E\t1\t0\n", 3, "4 fields")]
    [InlineData(Header + UnitedStates + "E\t1\t0\t0\n" + UnitedStates, 4, "follows the end record")]
    [InlineData(Header + "C\tUSA\tUSA\tUnited States\t\n", 2, "two-letter code")]
    [InlineData(Header + UnitedStates + UnitedStates, 3, "declared twice")]
    [InlineData(Header + "A\tZZ\t01\tNowhere\t\n", 2, "undeclared country \"ZZ\"")]
    [InlineData(Header + UnitedStates + "A\tUS\t\tNowhere\t\n", 3, "code and a name")]
    [InlineData(Header + UnitedStates + "P\t\t\t1\t1\tUS\t\t0\tPPL\t\n", 3, "needs a name")]
    [InlineData(Header + UnitedStates + "P\tA\t\tnorth\t1\tUS\t\t0\tPPL\t\n", 3, "latitude")]
    [InlineData(Header + UnitedStates + "P\tA\t\t91\t1\tUS\t\t0\tPPL\t\n", 3, "latitude")]
    [InlineData(Header + UnitedStates + "P\tA\t\t1\t-180.5\tUS\t\t0\tPPL\t\n", 3, "longitude")]
    [InlineData(Header + UnitedStates + "P\tA\t\t1\t1\tZZ\t\t0\tPPL\t\n", 3, "undeclared country \"ZZ\"")]
    [InlineData(Header + UnitedStates + "P\tA\t\t1\t1\tUS\t\t-5\tPPL\t\n", 3, "population")]
    [InlineData(Header + UnitedStates + "P\tA\t\t1\t1\tUS\t\t0\tPPL\n", 3, "10 fields")]
    public void A_malformed_file_is_refused_with_its_line_and_reason(string text, int line, string reason)
    {
        var error = Assert.Throws<GazetteerFormatException>(() => Load(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(("test-input", line), (error.FileName, error.Line));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"test-input, line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_gzip_stream_is_a_format_error()
    {
        var bytes = Gzip(Encoding.UTF8.GetBytes(Header + UnitedStates));
        bytes[2] = 0;

        var error = Assert.Throws<GazetteerFormatException>(() => Load(bytes));

        Assert.Contains("gzip", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Line);
    }

    [Fact]
    public void Loading_a_missing_file_says_which()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-gazetteer-{Guid.NewGuid():N}.tsv.gz");

        var error = Assert.ThrowsAny<IOException>(() => Gazetteer.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    internal static Gazetteer Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Gazetteer.Load(stream, "test-input");
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
