using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class LegacyDatesTests
{
    [Theory]
    [InlineData("June 2006", "2006-06")]
    [InlineData("June 15, 2006", "2006-06-15")]
    [InlineData("February 3, 2004", "2004-02-03")]
    [InlineData("February 29, 2020", "2020-02-29")]
    [InlineData("2006-06-15", "2006-06-15")]
    [InlineData("2006", "2006")]
    public void Legacy_dates_become_iso_dates_of_the_same_precision(string legacy, string iso)
    {
        Assert.Equal(iso, LegacyDates.Parse(legacy));
    }

    [Theory]
    [InlineData("February 29, 2021")]
    [InlineData("June 0, 2006")]
    [InlineData("Juneish 2006")]
    [InlineData("15 June 2006")]
    [InlineData("June 15 2006")]
    [InlineData("2006-6")]
    [InlineData("Unknown")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.Null(LegacyDates.Parse(text));
    }
}
