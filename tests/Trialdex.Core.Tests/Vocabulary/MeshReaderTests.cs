using System.Text;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshReaderTests
{
    [Fact]
    public void Descriptor_XML_gives_each_records_id_name_tree_numbers_and_the_terms_of_all_its_concepts()
    {
        var descriptors = MeshVocabularyReader.ReadDescriptors(VocabularyCases.Xml).ToList();

        Assert.Equal(["D900001", "D900002", "D900003", "D900004"], descriptors.Select(d => d.Id));
        Assert.Equal(
            "D900001 | Gynatresia | Asherman Syndrome; Syndrome, Asherman; Intrauterine Adhesions | C90.100.200",
            VocabularyCases.Render(descriptors[0]));
        Assert.Equal(["C90.300.400.100", "C90.300.500.300"], descriptors[2].TreeNumbers);
    }

    [Fact]
    public void Descriptor_XML_ignores_ids_and_strings_nested_in_other_elements()
    {
        var gynatresia = MeshVocabularyReader.ReadDescriptors(VocabularyCases.Xml).First();

        Assert.DoesNotContain("surgery", gynatresia.EntryTerms);
        Assert.DoesNotContain("Uterine Diseases", gynatresia.EntryTerms);
        Assert.Equal("D900001", gynatresia.Id);
    }

    [Theory]
    [InlineData("<DescriptorRecordSet/>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE DescriptorRecordSet SYSTEM \"http://127.0.0.1:9/none.dtd\">\n<DescriptorRecordSet LanguageCode=\"eng\">\n</DescriptorRecordSet>\n")]
    [InlineData("[]")]
    [InlineData("\uFEFF [ ] \n")]
    [InlineData("tree_number\theading\n")]
    public void A_file_with_no_descriptors_reads_as_none(string text)
    {
        Assert.Empty(VocabularyCases.ReadText(text));
    }

    [Fact]
    public void JSON_gives_each_objects_id_name_synonyms_and_optional_tree_numbers()
    {
        var descriptors = VocabularyCases.ReadText("""
            [{"id": "D1", "name": "Gynatresia", "synonyms": ["Gynatresia", "Asherman Syndrome"], "treeNumbers": ["C13.351"], "other": {"a": [1, 2]}},
             {"name": "No Id", "id": null, "synonyms": null}]
            """);

        Assert.Equal(["D1 | Gynatresia | Asherman Syndrome | C13.351", "- | No Id |  | "], descriptors.Select(VocabularyCases.Render));
    }

    [Fact]
    public void A_JSON_array_larger_than_the_read_buffer_streams_through()
    {
        var json = new StringBuilder("[\n");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(i == 0 ? "" : ",\n").Append($$"""{"id": "D{{i:D6}}", "name": "Disease {{i}}", "synonyms": ["Synonym {{i}} of a longer descriptor name"]}""");
        }

        var descriptors = VocabularyCases.ReadText(json.Append("\n]").ToString());

        Assert.Equal(5000, descriptors.Count);
        Assert.Equal("D004999 | Disease 4999 | Synonym 4999 of a longer descriptor name | ", VocabularyCases.Render(descriptors[^1]));
    }

    [Fact]
    public void A_single_JSON_element_larger_than_the_read_buffer_is_read_whole()
    {
        var synonyms = string.Join(", ", Enumerable.Range(0, 20000).Select(i => $"\"Term {i}\""));

        var descriptor = Assert.Single(VocabularyCases.ReadText($$"""[{"id": "D1", "name": "Big", "synonyms": [{{synonyms}}]}]"""));

        Assert.Equal(20000, descriptor.EntryTerms.Count);
    }

    [Fact]
    public void A_tree_file_gives_one_bare_descriptor_per_line_skipping_blank_lines_and_the_header()
    {
        var descriptors = MeshVocabularyReader.ReadDescriptors(VocabularyCases.Tree).ToList();

        Assert.Equal(15, descriptors.Count);
        Assert.Equal("- | Made-up Diseases |  | C90", VocabularyCases.Render(descriptors[0]));
        Assert.Equal("- | Monkeypox |  | C90.700.100", VocabularyCases.Render(descriptors[^1]));
    }

    [Fact]
    public void Extra_tree_columns_are_ignored_and_a_header_may_name_the_columns_in_another_order()
    {
        var plain = VocabularyCases.ReadText("C01\tInfections\textra\r\nC01.100\tBacterial Infections\t\t\r\n");
        var named = VocabularyCases.ReadText("DescriptorUI\tTreeNumber\tDescriptorName\nD1\tC01\tInfections\n\tC01.100\tBacterial Infections\n");

        Assert.Equal(["- | Infections |  | C01", "- | Bacterial Infections |  | C01.100"], plain.Select(VocabularyCases.Render));
        Assert.Equal(["D1 | Infections |  | C01", "- | Bacterial Infections |  | C01.100"], named.Select(VocabularyCases.Render));
    }

    [Fact]
    public void A_UTF16_tree_file_as_NLM_once_published_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("C01\tInfections\nC01.100\tÉtat Fébrile\n")).ToArray();

        var descriptors = VocabularyCases.ReadBytes(bytes);

        Assert.Equal(["Infections", "État Fébrile"], VocabularyCases.Names(descriptors));
    }

    [Fact]
    public void Reading_a_file_that_does_not_exist_is_an_IO_error_not_a_format_error()
    {
        var missing = VocabularyCases.PathOf("no-such-file.json");

        Assert.Throws<FileNotFoundException>(() => MeshVocabularyReader.Read([missing]));
    }
}
