using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshMergeTests
{
    [Fact]
    public void The_three_sample_formats_merge_into_the_expected_vocabulary()
    {
        var expected = File.ReadLines(VocabularyCases.PathOf("mesh-sample.expected.txt")).Where(line => !line.StartsWith('#'));

        var actual = VocabularyCases.Sample.Descriptors.Select(VocabularyCases.Render);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_order_of_the_files_does_not_change_what_is_merged()
    {
        var treeFirst = MeshVocabularyReader.Read([VocabularyCases.Tree, VocabularyCases.Json, VocabularyCases.Xml]);

        Assert.Equal(Canonical(VocabularyCases.Sample), Canonical(treeFirst));
    }

    [Fact]
    public void A_descriptor_read_twice_keeps_its_first_name_and_the_union_of_its_terms_and_places()
    {
        var vocabulary = new MeshVocabulary(
        [
            new MeshDescriptor("D1", "Liver Cirrhosis", ["Hepatic Cirrhosis"], ["C06.552.630"]),
            new MeshDescriptor(" d1 ", "Cirrhosis of Liver", ["hepatic cirrhosis", "Liver Fibrosis"], ["C06.552.630", "C99.100"]),
        ]);

        var merged = Assert.Single(vocabulary.Descriptors);
        Assert.Equal("D1 | Liver Cirrhosis | Hepatic Cirrhosis; Cirrhosis of Liver; Liver Fibrosis | C06.552.630 C99.100", VocabularyCases.Render(merged));
    }

    [Fact]
    public void A_tree_heading_joins_the_descriptor_of_the_same_name_ignoring_case_and_accents()
    {
        var vocabulary = new MeshVocabulary(
        [
            Heading("C01.100", "behcet SYNDROME"),
            new MeshDescriptor("D1", "Behçet Syndrome", [], []),
            Heading("C01.200", "BEHÇET SYNDROME"),
        ]);

        var merged = Assert.Single(vocabulary.Descriptors);
        Assert.Equal("D1 | Behçet Syndrome | behcet SYNDROME | C01.100 C01.200", VocabularyCases.Render(merged));
    }

    [Fact]
    public void A_heading_with_no_descriptor_stands_alone_without_an_id()
    {
        var vocabulary = new MeshVocabulary([Heading("C01", "Diseases"), Heading("C01.100", "Rare Diseases"), Heading("C02", "Diseases")]);

        Assert.Equal(["- | Diseases |  | C01 C02", "- | Rare Diseases |  | C01.100"], vocabulary.Descriptors.Select(VocabularyCases.Render));
    }

    [Fact]
    public void A_renamed_descriptor_takes_the_place_of_its_old_heading()
    {
        var vocabulary = new MeshVocabulary([new MeshDescriptor("D1", "Mpox", ["Monkeypox"], []), Heading("C02.100", "Monkeypox")]);

        Assert.Equal(["D1 | Mpox | Monkeypox | C02.100"], vocabulary.Descriptors.Select(VocabularyCases.Render));
    }

    [Fact]
    public void An_old_heading_stays_apart_when_its_name_is_not_one_placeless_descriptors_entry_term()
    {
        var vocabulary = new MeshVocabulary(
        [
            new MeshDescriptor("D1", "Placed", ["Old Name"], ["C01.100"]),
            Heading("C01.900", "Old Name"),
            new MeshDescriptor("D2", "First", ["Shared Name"], []),
            new MeshDescriptor("D3", "Second", ["Shared Name"], []),
            Heading("C02.900", "Shared Name"),
        ]);

        Assert.Equal(5, vocabulary.Descriptors.Count);
        Assert.Equal(["C01.900"], vocabulary.FindByName("Old Name")!.TreeNumbers);
        Assert.Equal(["C02.900"], vocabulary.FindByName("Shared Name")!.TreeNumbers);
    }

    [Fact]
    public void Entry_terms_are_trimmed_deduplicated_and_never_repeat_the_name()
    {
        var vocabulary = new MeshVocabulary([new MeshDescriptor(" D1 ", " Gynatresia ", ["gynatresia", " Asherman Syndrome ", "ASHERMAN SYNDROME", ""], [" C13.351 "])]);

        Assert.Equal("D1 | Gynatresia | Asherman Syndrome | C13.351", VocabularyCases.Render(vocabulary.Descriptors[0]));
    }

    [Fact]
    public void A_null_id_reads_as_no_id()
    {
        var descriptor = new MeshDescriptor(null!, "Heading", [], []);

        Assert.Equal("", descriptor.Id);
        Assert.Equal("Heading", descriptor.ToString());
    }

    [Fact]
    public void Every_descriptor_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => new MeshVocabulary([new MeshDescriptor("D1", " ", [], [])]));
        Assert.Throws<ArgumentException>(() => new MeshVocabulary([null!]));
    }

    private static MeshDescriptor Heading(string treeNumber, string name) => new("", name, [], [treeNumber]);

    private static IEnumerable<string> Canonical(MeshVocabulary vocabulary) => vocabulary.Descriptors
        .Select(d => $"{d.Id} | {d.Name} | {string.Join("; ", d.EntryTerms.Order(StringComparer.Ordinal))} | {string.Join(' ', d.TreeNumbers.Order(StringComparer.Ordinal))}")
        .Order(StringComparer.Ordinal);
}
