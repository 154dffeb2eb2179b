using System.Text;
using Trialdex.Core.Geo;

namespace Trialdex.Core.Tests.Geo;

/// <summary>Whatever text or bytes they are given, Find never throws and the reader loads or throws a format error.</summary>
public sealed class GazetteerFuzzTests
{
    private const string Alphabet = "aAzZ09 ,,,()'’`´-./|\t\n\r\u00A0çÆßİıŁĲșộǚ\u0301\u0327\uD83D\uDE00\uD800\uDC00αΩ日本#⇒";

    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("TRIALDEX_FUZZ_ITERATIONS"), out var n) ? n : 1500;

    private static readonly string[] Words =
        ["Paris", "Boston", "MA", "Georgia", "Congo", "Korea", "Republic of", "The", "St.", "Cedex", "75013", "City", "N/A", "(", ")", "USA", "Roma"];

    private static readonly string[] HostileValues =
        ["", " ", "-1", "91", "-180.0001", "1e5", "NaN", "∞", "ZZ", "USA", "E", "P", "C", "#", "|", "||", "\uFFFD", "99999999999999999999"];

    private static readonly byte[] Fixture = File.ReadAllBytes(GeoCases.PathOf("gazetteer-sample.tsv"));

    [Fact]
    public void Find_and_FindSite_never_throw_on_arbitrary_text()
    {
        var random = new Random(23);
        for (var i = 0; i < Iterations * 4; i++)
        {
            var text = RandomText(random);

            _ = GeoCases.Sample.Find(text);
            _ = GeoCases.Sample.FindSite(text, RandomText(random), RandomText(random));
            var key = PlaceKey.Of(text);
            Assert.Equal(key, PlaceKey.Of(key));
            Assert.DoesNotContain("  ", key, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Find_never_throws_on_arbitrary_place_like_word_salad()
    {
        var random = new Random(29);
        var found = 0;
        for (var i = 0; i < Iterations * 4; i++)
        {
            var text = string.Join(random.Next(3) == 0 ? " " : ", ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]));

            found += GeoCases.Sample.Find(text) is null ? 0 : 1;
        }

        Assert.InRange(found, 1, (Iterations * 4) - 1);
    }

    [Fact]
    public void Cutting_the_file_short_anywhere_gives_a_gazetteer_or_a_format_error()
    {
        var outcomes = Enumerable.Range(0, Fixture.Length + 1).Select(length => LoadsOrFailsCleanly(Fixture[..length])).ToList();

        Assert.False(outcomes[0]);
        Assert.True(outcomes[^1]);
    }

    [Fact]
    public void Random_edits_of_the_file_give_a_gazetteer_or_a_format_error()
    {
        var random = new Random(37);

        var outcomes = Enumerable.Range(0, Iterations).Select(_ => LoadsOrFailsCleanly(Edit(Fixture, random))).ToList();

        Assert.Contains(true, outcomes);
        Assert.Contains(false, outcomes);
    }

    [Fact]
    public void A_damaged_or_cut_gzipped_file_is_refused_or_read_whole_never_in_part()
    {
        var random = new Random(31);
        var gzipped = GazetteerReaderTests.Gzip(Fixture);
        var damaged = Enumerable.Range(0, Iterations / 5).Select(_ => Flip(gzipped, random))
            .Concat(Enumerable.Range(0, gzipped.Length - 1).Select(length => gzipped[..length]));

        var counts = damaged.Select(PlaceCountOrNull).ToList();

        Assert.All(counts, count => Assert.True(count is null || count == GeoCases.Sample.PlaceCount, $"{count} places"));
        Assert.Contains(null, counts);
    }

    private static bool LoadsOrFailsCleanly(byte[] bytes) => PlaceCountOrNull(bytes) is not null;

    // The places of the gazetteer the bytes load as, or null for a format error; any other exception fails the test.
    private static int? PlaceCountOrNull(byte[] bytes)
    {
        try
        {
            var gazetteer = GazetteerReaderTests.Load(bytes);
            _ = gazetteer.Find("Paris, France");
            _ = gazetteer.FindSite("Boston", "MA", "USA");
            return gazetteer.PlaceCount;
        }
        catch (GazetteerFormatException e)
        {
            Assert.Equal("test-input", e.FileName);
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            return null;
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} for input:\n{Encoding.UTF8.GetString(bytes)}\n{e}");
            throw;
        }
    }

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(60)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

    // Record-shaped damage, so that most edits get past the header to the checks of each field: a line dropped,
    // repeated or moved; a field replaced by a hostile value; a TAB added or lost.
    private static byte[] Edit(byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        for (var edits = 1 + random.Next(3); edits > 0 && lines.Count > 1; edits--)
        {
            var line = 1 + random.Next(lines.Count - 1);
            var fields = lines[line].Split('\t');
            var field = random.Next(fields.Length);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(line);
                    break;
                case 1:
                    lines.Insert(random.Next(1, lines.Count), lines[line]);
                    break;
                case 2:
                    fields[field] = HostileValues[random.Next(HostileValues.Length)];
                    lines[line] = string.Join('\t', fields);
                    break;
                case 3:
                    lines[line] = lines[line].Insert(random.Next(lines[line].Length + 1), "\t");
                    break;
                default:
                    lines[line] = string.Join("", fields);
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    // Byte-level damage for the compressed file: one to three bytes changed in place.
    private static byte[] Flip(byte[] original, Random random)
    {
        var bytes = original.ToArray();
        for (var flips = 1 + random.Next(3); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return bytes;
    }
}
