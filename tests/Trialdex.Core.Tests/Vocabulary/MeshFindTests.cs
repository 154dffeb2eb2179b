using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshFindTests
{
    private static readonly MeshVocabulary Sample = VocabularyCases.Sample;

    [Theory]
    [InlineData("Asherman syndrome")]
    [InlineData("ASHERMAN'S SYNDROME")]
    [InlineData("syndrome, asherman")]
    [InlineData("intrauterine adhesion")]
    [InlineData("Intrauterine  Adhesions.")]
    [InlineData("gynatresia")]
    public void Every_name_and_entry_term_finds_its_descriptor_however_it_is_written(string text)
    {
        var found = Assert.Single(Sample.FindByTerm(text));

        Assert.Equal("D900001", found.Id);
    }

    [Theory]
    [InlineData("cirrhosis, liver", "D900002")]
    [InlineData("Liver cirrhosis", "D900002")]
    [InlineData("hepatic cirrhosis", "D900002")]
    [InlineData("alcoholic liver cirrhosis", "D900005")]
    [InlineData("premature ovarian failure", "D900007")]
    [InlineData("Behcets disease", "D900008")]
    [InlineData("behçet syndrome", "D900008")]
    [InlineData("monkeypox", "D900009")]
    public void A_term_finds_the_descriptor_it_names(string text, string id)
    {
        Assert.Equal([id], Sample.FindByTerm(text).Select(d => d.Id));
    }

    [Theory]
    [InlineData("cirrhosis")]
    [InlineData("liver")]
    [InlineData("liver cirrhosis in adults")]
    [InlineData("")]
    public void A_term_must_match_a_whole_name_or_entry_term(string text)
    {
        Assert.Empty(Sample.FindByTerm(text));
    }

    [Fact]
    public void A_term_shared_by_two_descriptors_finds_both_the_one_it_names_first()
    {
        var vocabulary = new MeshVocabulary(
        [
            new MeshDescriptor("D1", "Sclerosis", ["Hardening"], []),
            new MeshDescriptor("D2", "Hardening", [], []),
        ]);

        Assert.Equal(["D2", "D1"], vocabulary.FindByTerm("hardening").Select(d => d.Id));
    }

    [Fact]
    public void Descriptors_are_found_by_id_name_and_tree_number()
    {
        Assert.Equal("Gynatresia", Sample.FindById("D900001")?.Name);
        Assert.Equal("Gynatresia", Sample.FindById(" d900001 ")?.Name);
        Assert.Equal("D900003", Sample.FindByName("liver cirrhosis, biliary")?.Id);
        Assert.Equal("D900003", Assert.Single(Sample.FindByTreeNumber("C90.300.500.300")).Id);
        Assert.Equal("Cholangitis", Assert.Single(Sample.FindByTreeNumber("C90.300.500")).Name);
    }

    [Fact]
    public void Lookups_that_match_nothing_return_null_or_empty()
    {
        Assert.Null(Sample.FindById("D000000"));
        Assert.Null(Sample.FindById(""));
        Assert.Null(Sample.FindByName("Biliary Cirrhosis"));
        Assert.Empty(Sample.FindByTreeNumber("C90.300.4"));
        Assert.Empty(Sample.FindByTreeNumber("C99"));
    }
}
