using System.Text;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Tests.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Units;

public sealed class UnitVocabularyReaderTests
{
    [Fact]
    public void The_definitions_file_reads_into_units_with_their_sizes_and_prefixes()
    {
        var units = ConstraintCases.Units;

        Assert.Equal(26, units.Units.Count);
        Assert.Equal(0.001, units.Find("L")!.Magnitude);
        Assert.Equal("mg/dL", units.Find("MG/DL")!.Code);
        Assert.True(units.Find("[IU]")!.IsArbitrary);
        Assert.True(units.Find("Cel")!.IsSpecial);
        Assert.True(units.TryConvert(1, "kg", "g", out var grams));
        Assert.Equal(1000, grams, 9);
    }

    [Fact]
    public void Columns_are_found_by_name_so_a_reordered_file_still_reads()
    {
        const string json = """
            {"prefixes": {"config": ["value_", "code_"], "data": [[0.001, "m"]]},
             "units": {"config": ["magnitude_", "csCode_", ["dim_", "dimVec_"], "isBase_"],
                       "data": [[1, "g", [0, 0, 1, 0, 0, 0, 0], true]]}}
            """;

        var units = UnitVocabulary.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "reordered");

        Assert.True(units.TryConvert(500, "mg", "g", out var grams));
        Assert.Equal(0.5, grams, 9);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"prefixes\": {\"config\": [], \"data\": []}}")]
    [InlineData("{\"prefixes\": {\"config\": [], \"data\": []}, \"units\": {\"config\": [\"csCode_\"], \"data\": []}}")]
    [InlineData("[1, 2, 3]")]
    public void A_file_that_is_not_ucum_definitions_is_refused_with_its_name(string content)
    {
        var error = Assert.Throws<InvalidDataException>(() => UnitVocabulary.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "broken.json"));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_missing_file_names_the_missing_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "ucumDefs.min.json");

        var error = Assert.ThrowsAny<IOException>(() => UnitVocabulary.Load(path));

        Assert.Contains("ucumDefs.min.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_of_different_dimensions_do_not_convert()
    {
        Assert.False(ConstraintCases.Units.TryConvert(1, "mg/dL", "mmol/L", out _));
        Assert.False(ConstraintCases.Units.TryConvert(1, "s", "m", out _));
    }
}
