using System.Diagnostics;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Vocabulary;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

/// <summary>
/// The stored form of the parsed criteria of real records, read with the real MeSH descriptors, round-trips: every
/// field of every constraint, descriptors by id and name.
/// </summary>
public sealed class StoredCriteriaSharedDataTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Every_api_v2_export_and_a_sample_of_legacy_xml_criteria_round_trip_through_the_stored_form()
    {
        var texts = Directory.EnumerateFiles(SharedData.Path("ctgov", "v2-exports"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(SharedCriteriaTexts.V2)
            .DistinctBy(t => t.Id)
            .ToList();
        var v2 = texts.Count;
        texts.AddRange(SharedCriteriaTexts.Xml(SharedData.Path("ctgov", "AllPublicXML-sample.zip")).Where((_, i) => i % 10 == 0));
        var mesh = MeshVocabularyReader.Read([SharedData.Path("mesh", "mesh-descriptors-synonyms.json")]);
        long textBytes = 0, storedBytes = 0, descriptors = 0;
        var clock = Stopwatch.StartNew();

        foreach (var (id, text) in texts)
        {
            var parsed = ConstraintExtractor.Parse(text, mesh);
            descriptors += parsed.Constraints.Sum(c => c.Descriptors.Count);
            var stored = StoredCriteria.Serialize(parsed);
            ParsedCriteriaAssert.Equal(parsed, StoredCriteria.Deserialize(stored), id);
            textBytes += text.Length;
            storedBytes += stored.Length;
        }

        output.WriteLine($"{v2} v2 and {texts.Count - v2} XML texts in {clock.ElapsedMilliseconds} ms: {textBytes:N0} characters of text, {storedBytes:N0} bytes stored, {descriptors:N0} MeSH descriptors");
        Assert.True(v2 >= 500, $"read only {v2} v2 studies");
        Assert.True(texts.Count - v2 > 600, $"read only {texts.Count - v2} XML studies");
        Assert.True(descriptors > 1000, $"found only {descriptors} MeSH descriptors");
    }

    [SharedDataFact]
    public void The_stored_json_of_every_shared_criteria_text_is_byte_for_byte_what_the_serializer_writes()
    {
        var texts = Directory.EnumerateFiles(SharedData.Path("ctgov", "v2-exports"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(SharedCriteriaTexts.V2)
            .Concat(SharedCriteriaTexts.Xml(SharedData.Path("ctgov", "AllPublicXML-sample.zip")));
        var mesh = MeshVocabularyReader.Read([SharedData.Path("mesh", "mesh-descriptors-synonyms.json")]);
        var count = 0;

        foreach (var (id, text) in texts)
        {
            var parsed = ConstraintExtractor.Parse(text, mesh);
            var expected = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(parsed.Criteria, StoredCriteriaJson.Criteria);
            Assert.True(expected.AsSpan().SequenceEqual(StoredCriteriaWriter.Write(parsed.Criteria)), $"{id}: the stored JSON differs from the serializer's");
            count++;
        }

        Assert.True(count > 7000, $"read only {count} criteria texts");
    }
}
