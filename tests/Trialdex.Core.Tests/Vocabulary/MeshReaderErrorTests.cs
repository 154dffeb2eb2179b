using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Vocabulary;

public sealed class MeshReaderErrorTests
{
    [Theory]
    [InlineData("<DescriptorRecordSet>\n  <DescriptorRecord>\n    <DescriptorUI>D1</DescriptorUI>\n    <DescriptorName><String>X</Strin></DescriptorName>\n", 4, "String")]
    [InlineData("<DescriptorRecordSet>\n  <DescriptorRecord>\n    <DescriptorUI>D1</DescriptorUI>\n", 4, "end of file")]
    [InlineData("<?xml version=\"1.0\"?>\n<Descriptors/>", 2, "<DescriptorRecordSet>")]
    [InlineData("<DescriptorRecordSet>\n<DescriptorRecord>\n<DescriptorName><String>X</String></DescriptorName>\n</DescriptorRecord>\n</DescriptorRecordSet>", 2, "no DescriptorUI")]
    [InlineData("<DescriptorRecordSet>\n<DescriptorRecord><DescriptorUI>D1</DescriptorUI></DescriptorRecord>\n</DescriptorRecordSet>", 2, "D1 has no DescriptorName")]
    [InlineData("<DescriptorRecordSet><DescriptorRecord><DescriptorUI>D1</DescriptorUI>\n<TreeNumberList><TreeNumber>C13/351</TreeNumber></TreeNumberList>\n</DescriptorRecord></DescriptorRecordSet>", 2, "'C13/351' is not a MeSH tree number")]
    [InlineData("<DescriptorRecordSet><DescriptorRecord><DescriptorUI>D1<b/></DescriptorUI></DescriptorRecord></DescriptorRecordSet>", 1, "<DescriptorUI> must hold only text")]
    [InlineData("<DescriptorRecordSet>\n<DescriptorRecord><DescriptorUI>&xxe;</DescriptorUI></DescriptorRecord></DescriptorRecordSet>", 2, "xxe")]
    public void Malformed_descriptor_XML_names_the_line_and_the_reason(string xml, int line, string reason)
    {
        var error = Read(xml, "desc2026.xml");

        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"desc2026.xml, line {line}, column ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"D1\", \"name\": \"X\"}", 1, 1, "expected a JSON array of descriptors, found an object")]
    [InlineData("[\n  {\"name\": \"A\"},\n  \"B\"\n]", 3, 3, "each array element must be a descriptor object, found a string")]
    [InlineData("[\n  {\"id\": \"D1\", \"synonyms\": []}\n]", 2, 3, "the descriptor has no \"name\"")]
    [InlineData("[\n {\"id\": \"D1\",\n  \"name\": 7}]", 3, 11, "\"name\" must be a string, not a number")]
    [InlineData("[{\"name\": \"A\", \"synonyms\": \"B\"}]", 1, 28, "\"synonyms\" must be an array of strings, not a string")]
    [InlineData("[{\"name\": \"A\", \"synonyms\": [\"B\", {}]}]", 1, 34, "\"synonyms\" must hold only strings, not an object")]
    [InlineData("[{\"name\": \"A\", \"treeNumbers\": [\"C13.35\"]}]", 1, 32, "'C13.35' is not a MeSH tree number")]
    [InlineData("[{\"name\": \"\\uD800\"}]", 1, 11, "\"name\" is not valid text")]
    [InlineData("[] []", 1, 4, "invalid after a single JSON value")]
    public void A_JSON_file_that_is_not_an_array_of_descriptors_names_the_line_column_and_reason(string json, int line, int column, string reason)
    {
        var error = Read(json, "mesh.json");

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\n{\"name\": \"A\"},\n{\"name\": \"B\",,}\n]", 3)]
    [InlineData("[\n{\"name\": \"A\"}\n{\"name\": \"B\"}]", 3)]
    [InlineData("[\n{\"name\": \"A\"},\n{\"name\": \"B\"", 3)]
    [InlineData("[{\"name\": \"A\"}", 1)]
    public void Broken_JSON_names_the_line_of_the_problem(string json, int line)
    {
        var error = Read(json, "mesh.json");

        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void A_JSON_error_far_into_a_file_names_its_line()
    {
        var lines = Enumerable.Range(0, 4000).Select(i => $$"""{"id": "D{{i}}", "name": "Disease {{i}}", "synonyms": ["Another name for disease {{i}}"]},""");
        var json = "[\n" + string.Join('\n', lines) + "\n  {\"id\": \"D4000\", \"name\": false}\n]";

        var error = Read(json, "mesh.json");

        Assert.Equal((4002L, 27L), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("C01\tInfections\nC01.100 Bacterial Infections\n", 2, "no TAB")]
    [InlineData("\n\nC01 Infections\n", 3, "no TAB")]
    [InlineData("C01\tInfections\nC1.100\tBacterial Infections\n", 2, "'C1.100' is not a MeSH tree number")]
    [InlineData("C01\tInfections\nC01.100\t  \n", 2, "C01.100 has no heading")]
    [InlineData("code\tlabel\nC01\tInfections\n", 1, "'code' is not a MeSH tree number")]
    [InlineData("id\ttree\tname\nD1\tC01\n", 2, "2 columns; 3 are expected")]
    public void A_malformed_tree_line_is_an_error_naming_the_line(string text, int line, string reason)
    {
        var error = Read(text, "mtrees.txt");

        Assert.Equal(line, error.Line);
        Assert.Null(error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"mtrees.txt, line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t \n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_an_error_naming_the_file(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trialdex-empty-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try
        {
            var error = Assert.Throws<VocabularyFormatException>(() => MeshVocabularyReader.Read([VocabularyCases.Json, path]));

            Assert.Equal(path, error.FileName);
            Assert.Null(error.Line);
            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static VocabularyFormatException Read(string text, string source)
    {
        var error = Assert.Throws<VocabularyFormatException>(() => VocabularyCases.ReadText(text, source));
        Assert.Equal(source, error.FileName);
        return error;
    }
}
