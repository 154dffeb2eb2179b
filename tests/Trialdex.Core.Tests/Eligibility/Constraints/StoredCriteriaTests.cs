using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

public sealed class StoredCriteriaTests
{
    private const string Criteria = """
        Inclusion Criteria:
          - Women aged 18-65 years
          - Platelets ≥ 100 ×10⁹/L and creatinine < 1.5 mg/dL
          - ALT ≤ 2.5 × ULN; HbA1c 7.0-10.50%
        Exclusion Criteria:
          - No history of myocardial infarction within the past 6 months
          - Pregnant or breast-feeding
        """;

    [Fact]
    public void Parsed_criteria_read_back_from_their_stored_form_equal_the_parse()
    {
        var parsed = ConstraintExtractor.Parse(Criteria);

        var stored = StoredCriteria.Serialize(parsed);
        var read = StoredCriteria.Deserialize(stored);

        Assert.True(parsed.Constraints.Any(c => c.Normalized is not null) && parsed.Constraints.Any(c => c.Flags != ConstraintFlags.None));
        ParsedCriteriaAssert.Equal(parsed, read);
        Assert.Contains(read.Constraints, c => c.Values.Contains(10.50m) && c.ValueTexts.Contains("10.50"));
    }

    [Fact]
    public void A_mesh_descriptor_is_stored_by_its_id_and_name()
    {
        var vocabulary = new MeshVocabulary([new MeshDescriptor("D009203", "Myocardial Infarction", ["Heart Attack"], ["C14.280.647.500"])]);
        var parsed = ConstraintExtractor.Parse("Exclusion Criteria:\n- History of heart attack", vocabulary);

        var read = StoredCriteria.Deserialize(StoredCriteria.Serialize(parsed));

        var descriptor = Assert.Single(read.Constraints.SelectMany(c => c.Descriptors));
        Assert.Equal(("D009203", "Myocardial Infarction"), (descriptor.Id, descriptor.Name));
        ParsedCriteriaAssert.Equal(parsed, read);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(11)]
    public void Criteria_stored_at_another_compression_quality_read_back_the_same(int quality)
    {
        // Stores hold blobs written at Brotli quality 4 and 1 (before the import was made faster) beside newer ones.
        var parsed = ConstraintExtractor.Parse(Criteria);
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(parsed.Criteria, StoredCriteriaJson.Criteria);
        var compressed = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(json.Length)];
        Assert.True(System.IO.Compression.BrotliEncoder.TryCompress(json, compressed, out var written, quality, 22));

        var read = StoredCriteria.Deserialize([1, .. compressed.AsSpan(0, written)]);

        ParsedCriteriaAssert.Equal(parsed, read);
    }

    [Fact]
    public void An_empty_parse_round_trips_to_the_empty_parse()
    {
        Assert.Same(ParsedCriteria.Empty, StoredCriteria.Deserialize(StoredCriteria.Serialize(ParsedCriteria.Empty)));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 1, 2, 3 })]
    [InlineData(new byte[] { 1, 1, 2, 3 })]
    [InlineData(new byte[] { 1, 0xFF, 0xFF, 0xFF })]
    public void A_blob_that_is_no_stored_form_is_refused_as_invalid_data(byte[] blob)
    {
        Assert.ThrowsAny<InvalidDataException>(() => StoredCriteria.Deserialize(blob));
    }

    [Theory]
    [MemberData(nameof(CriteriaCases.Theory), MemberType = typeof(CriteriaCases))]
    public void The_stored_json_of_each_criteria_case_is_byte_for_byte_what_the_serializer_writes(string name)
    {
        var vocabulary = new MeshVocabulary([new MeshDescriptor("D009203", "Myocardial Infarction", ["Heart Attack"], ["C14.280.647.500"])]);
        var parsed = ConstraintExtractor.Parse(CriteriaCases.Input(name) + "\n" + Criteria + "\n- History of heart attack", vocabulary);

        var written = StoredCriteriaWriter.Write(parsed.Criteria).ToArray();

        Assert.Equal(System.Text.Encoding.UTF8.GetString(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(parsed.Criteria, StoredCriteriaJson.Criteria)), System.Text.Encoding.UTF8.GetString(written));
    }
}
