using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshTextTests
{
    private static readonly MeshVocabulary Sample = VocabularyCases.Sample;

    [Fact]
    public void The_longest_term_wins_so_B_cell_lymphoma_is_not_read_as_lymphoma()
    {
        Assert.Equal(["Lymphoma, B-Cell"], Names("relapsed B-cell lymphoma"));
        Assert.Equal(["Lymphoma, B-Cell", "Lymphoma"], Names("B-cell lymphoma or another lymphoma"));
    }

    [Fact]
    public void Every_term_in_a_query_is_found_once_in_the_order_written()
    {
        var found = Names("Asherman's syndrome, then liver cirrhosis; later alcoholic liver cirrhosis and Asherman syndrome again");

        Assert.Equal(["Gynatresia", "Liver Cirrhosis", "Liver Cirrhosis, Alcoholic"], found);
    }

    [Fact]
    public void Terms_match_whole_words_only()
    {
        Assert.Empty(Names("lymphomatoid papulosis"));
        Assert.Empty(Names("nonlymphoma"));
        Assert.Empty(Names("cirrhosis of the liver"));
        Assert.Equal(["Lymphoma"], Names("(lymphomas)"));
    }

    [Fact]
    public void Matches_do_not_overlap()
    {
        // "malignant lymphoma, b-cell lymphoma": the first phrase takes "malignant lymphoma", leaving "b-cell lymphoma".
        Assert.Equal(["Lymphoma", "Lymphoma, B-Cell"], Names("malignant lymphoma b-cell lymphoma"));
    }

    [Fact]
    public void Text_is_normalised_like_terms_but_never_reordered()
    {
        Assert.Equal(["Primary Ovarian Insufficiency"], Names("Women with PREMATURE OVARIAN FAILURE (POF)"));
        Assert.Equal(["Behçet Syndrome"], Names("behçet's disease"));
        Assert.Empty(Names("cirrhosis, liver"));
    }

    [Fact]
    public void Text_without_terms_finds_nothing()
    {
        Assert.Empty(Names(""));
        Assert.Empty(Names("healthy volunteers"));
    }

    private static IEnumerable<string> Names(string text) => VocabularyCases.Names(Sample.FindInText(text));
}
