using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshTreeTests
{
    private static readonly MeshVocabulary Sample = VocabularyCases.Sample;

    [Fact]
    public void Descendants_are_every_descriptor_below_each_tree_number_in_tree_order()
    {
        var cirrhosis = Sample.FindById("D900002")!;

        Assert.Equal(["Liver Cirrhosis, Biliary", "Liver Cirrhosis, Alcoholic"], Names(Sample.DescendantsOf(cirrhosis)));
    }

    [Fact]
    public void A_descriptor_in_two_branches_appears_once_among_the_descendants()
    {
        var digestive = Sample.FindByName("Digestive System Diseases")!;

        var below = Names(Sample.DescendantsOf(digestive));

        Assert.Equal(["Liver Cirrhosis", "Liver Cirrhosis, Biliary", "Liver Cirrhosis, Alcoholic", "Cholangitis"], below);
    }

    [Fact]
    public void A_tree_number_prefix_is_cut_only_at_a_dot()
    {
        var vocabulary = new MeshVocabulary(
        [
            new MeshDescriptor("D1", "Parent", [], ["C01.100"]),
            new MeshDescriptor("D2", "Child", [], ["C01.100.200"]),
            new MeshDescriptor("D3", "Neighbour", [], ["C01.1000"]),
        ]);

        Assert.Equal(["Child"], Names(vocabulary.DescendantsOf(vocabulary.FindById("D1")!)));
        Assert.Equal(["Parent"], Names(vocabulary.AncestorsOf(vocabulary.FindById("D2")!)));
        Assert.Empty(vocabulary.AncestorsOf(vocabulary.FindById("D3")!));
    }

    [Fact]
    public void Ancestors_are_nearest_first_along_each_tree_number()
    {
        var biliary = Sample.FindById("D900003")!;

        var above = Names(Sample.AncestorsOf(biliary));

        Assert.Equal(["Liver Cirrhosis", "Digestive System Diseases", "Made-up Diseases", "Cholangitis"], above);
    }

    [Fact]
    public void Leaves_have_no_descendants_and_roots_no_ancestors()
    {
        Assert.Empty(Sample.DescendantsOf(Sample.FindById("D900005")!));
        Assert.Empty(Sample.AncestorsOf(Sample.FindByName("Made-up Diseases")!));
        Assert.Equal(14, Sample.DescendantsOf(Sample.FindByName("Made-up Diseases")!).Count() + 1);
    }

    [Fact]
    public void A_descriptor_without_tree_numbers_has_no_relatives()
    {
        var vocabulary = new MeshVocabulary([new MeshDescriptor("D1", "Alone", [], []), new MeshDescriptor("D2", "Root", [], ["C01"])]);

        Assert.Empty(vocabulary.DescendantsOf(vocabulary.FindById("D1")!));
        Assert.Empty(vocabulary.AncestorsOf(vocabulary.FindById("D1")!));
    }

    [Fact]
    public void A_descriptor_is_never_its_own_relative()
    {
        var vocabulary = new MeshVocabulary([new MeshDescriptor("D1", "Twice", [], ["C01", "C01.100"])]);
        var twice = vocabulary.FindById("D1")!;

        Assert.Empty(vocabulary.DescendantsOf(twice));
        Assert.Empty(vocabulary.AncestorsOf(twice));
    }

    private static IEnumerable<string> Names(IEnumerable<MeshDescriptor> descriptors) => VocabularyCases.Names(descriptors);
}
