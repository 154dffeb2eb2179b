using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class LegacyAgeTests
{
    private static LegacyAge? Age(string text) => LegacyAge.Read(new RecordElement("minimum_age", text));

    [Theory]
    [InlineData("18 Years", "N/A", "ADULT OLDER_ADULT")]
    [InlineData("18 Years", "64 Years", "ADULT")]
    [InlineData("18 Years", "65 Years", "ADULT OLDER_ADULT")]
    [InlineData("65 Years", "N/A", "OLDER_ADULT")]
    [InlineData("N/A", "17 Years", "CHILD")]
    [InlineData("N/A", "18 Years", "CHILD ADULT")]
    [InlineData("N/A", "N/A", "CHILD ADULT OLDER_ADULT")]
    [InlineData("216 Months", "N/A", "ADULT OLDER_ADULT")]
    [InlineData("30 Days", "6 Months", "CHILD")]
    [InlineData("17 Years", "75 Years", "CHILD ADULT OLDER_ADULT")]
    public void Standard_ages_are_the_groups_the_age_range_overlaps(string minimum, string maximum, string expected)
    {
        var ages = LegacyAge.StandardAges(Age(minimum), Age(maximum));

        Assert.Equal(expected, string.Join(' ', ages));
    }

    [Fact]
    public void An_age_keeps_its_text_for_api_v2()
    {
        Assert.Equal("1 Year", Age("1 Year")!.Text);
    }

    [Theory]
    [InlineData("18")]
    [InlineData("Years 18")]
    [InlineData("-1 Years")]
    [InlineData("18 Fortnights")]
    public void An_age_that_is_not_a_count_and_a_unit_is_refused(string text)
    {
        Assert.Throws<LegacyXmlException>(() => Age(text));
    }
}
