using System.Text;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

/// <summary>Whatever bytes they are given, the readers return descriptors or throw <see cref="VocabularyFormatException"/>.</summary>
public sealed class MeshReaderFuzzTests
{
    private const string Source = "fuzz-input";

    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("TRIALDEX_FUZZ_ITERATIONS"), out var n) ? n : 1500;

    private static readonly byte[][] Insertions =
    [
        .. new[]
        {
            "<", ">", "</DescriptorRecord>", "<DescriptorRecord>", "<TreeNumber>C01</TreeNumber>", "<String/>", "&amp;", "&nope;",
            "<!DOCTYPE x [<!ENTITY e 'text'>]>", "<![CDATA[", "]]>", "\"", "\\u", "\\uDC00", "null", "[", "]", "{", "}", "{}", ",",
            ":", "\"name\":", "\"synonyms\": 1", "\t", "\n", "\r", "C99.999", "C1", "\uFEFF", "\u00e7", new string('[', 80),
        }.Select(Encoding.UTF8.GetBytes),
        [0x00],
        [0xFF, 0xFE],
        [0xC3],
    ];

    public static TheoryData<string> Fixtures() => new("desc-sample.xml", "mesh-sample.json", "mesh-sample-tree.txt");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Cutting_a_sample_file_short_anywhere_gives_descriptors_or_a_format_error(string fixture)
    {
        var bytes = File.ReadAllBytes(VocabularyCases.PathOf(fixture));

        var outcomes = Enumerable.Range(0, bytes.Length + 1).Select(length => ReadsOrFailsCleanly(bytes[..length])).ToList();

        Assert.False(outcomes[0]);
        Assert.True(outcomes[^1]);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Random_edits_of_a_sample_file_give_descriptors_or_a_format_error(string fixture)
    {
        var random = new Random(fixture.Length);
        var original = File.ReadAllBytes(VocabularyCases.PathOf(fixture));

        var outcomes = Enumerable.Range(0, Iterations).Select(_ => ReadsOrFailsCleanly(Edit(original, random))).ToList();

        Assert.Contains(true, outcomes);
        Assert.Contains(false, outcomes);
    }

    [Fact]
    public void Normalising_and_finding_arbitrary_text_never_fails_and_keys_are_stable()
    {
        var random = new Random(17);
        const string alphabet = "aAzZ09 ,,'’`´-.()/\t\nçÆßİıŁĲ\u0301\u0327\uD83D\uDE00\uD800αΩ日本";
        for (var i = 0; i < Iterations * 4; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var key = MeshVocabulary.Normalize(text);

            Assert.Equal(key, MeshVocabulary.Normalize(key));
            Assert.DoesNotContain("  ", key, StringComparison.Ordinal);
            _ = VocabularyCases.Sample.FindByTerm(text);
            _ = VocabularyCases.Sample.FindInText(text);
        }
    }

    // Returns whether the bytes read; any exception other than VocabularyFormatException fails the test.
    private static bool ReadsOrFailsCleanly(byte[] bytes)
    {
        try
        {
            var vocabulary = new MeshVocabulary(VocabularyCases.ReadBytes(bytes, Source));
            _ = vocabulary.Descriptors.SelectMany(vocabulary.DescendantsOf).Count();
            return true;
        }
        catch (VocabularyFormatException e)
        {
            Assert.Equal(Source, e.FileName);
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            Assert.True(e.Line is not null || e.Reason.Contains("empty", StringComparison.Ordinal), e.Message);
            return false;
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} for input:\n{Encoding.UTF8.GetString(bytes)}\n{e}");
            throw;
        }
    }

    private static byte[] Edit(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        for (var edits = 1 + random.Next(3); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            var length = Math.Min(bytes.Count - at, 1 + random.Next(40));
            switch (random.Next(4))
            {
                case 0:
                    bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 1:
                    bytes.RemoveRange(at, length);
                    break;
                case 2:
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes[at] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. bytes];
    }
}
