using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshNormalizeTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var parts in VocabularyCases.Lines("normalize.txt"))
        {
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalize_gives_the_expected_key(string text, string expected)
    {
        Assert.Equal(expected, MeshVocabulary.Normalize(text));
    }

    [Fact]
    public void A_combining_accent_is_dropped_like_a_precomposed_one()
    {
        var decomposed = "Behc\u0327et Disease";

        Assert.Equal("behcet disease", MeshVocabulary.Normalize(decomposed));
        Assert.Equal(MeshVocabulary.Normalize("Beh\u00E7et Disease"), MeshVocabulary.Normalize(decomposed));
    }

    [Fact]
    public void Text_without_letters_or_digits_normalises_to_nothing()
    {
        Assert.Equal("", MeshVocabulary.Normalize(""));
        Assert.Equal("", MeshVocabulary.Normalize(" ,;-'() \t"));
    }

    [Fact]
    public void A_normalised_key_normalises_to_itself()
    {
        foreach (var parts in VocabularyCases.Lines("normalize.txt"))
        {
            Assert.Equal(parts[1], MeshVocabulary.Normalize(parts[1]));
        }
    }

    [Fact]
    public void A_long_text_is_normalised_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Œdema, ", 400)) + "End";

        var key = MeshVocabulary.Normalize(text);

        Assert.StartsWith("end oedema oedema", key, StringComparison.Ordinal);
        Assert.Equal(401, key.Split(' ').Length);
    }
}
