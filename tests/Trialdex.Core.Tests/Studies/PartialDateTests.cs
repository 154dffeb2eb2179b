using System.Globalization;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Studies;

public sealed class PartialDateTests
{
    public static TheoryData<string, string, string> ValidCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var parts in StudyCases.Lines("partial-dates.txt").Valid)
        {
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    public static TheoryData<string> InvalidCases() => new(StudyCases.Lines("partial-dates.txt").Invalid);

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void A_valid_date_parses_to_its_day_range_and_prints_back_the_same_text(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(DateOnly.Parse(earliest, CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(date, fromUtf8);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Any_other_text_is_not_a_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.False(PartialDate.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out _));
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_know_which_parts_are_given()
    {
        var month = PartialDate.Parse("2017-10");

        Assert.Equal((2017, 10, (int?)null), (month.Year, month.Month, month.Day));
        Assert.Equal(new PartialDate(2017, 10), month);
        Assert.NotEqual(PartialDate.Parse("2017-10-01"), month);
    }

    [Fact]
    public void Dates_sort_by_their_first_day_then_the_less_precise_first()
    {
        string[] texts = ["2018", "2017-10-05", "2017-10", "2017-01-01", "2017", "2017-01", "2016-12-31"];

        var sorted = texts.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2016-12-31", "2017", "2017-01", "2017-01-01", "2017-10", "2017-10-05", "2018"], sorted);
        Assert.True(PartialDate.Parse("2017") < PartialDate.Parse("2017-01"));
        Assert.True(PartialDate.Parse("2017-02") >= PartialDate.Parse("2017-01-31"));
    }

    [Fact]
    public void A_date_cannot_be_made_from_parts_that_are_not_a_real_date()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2017, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2017, null, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(10000));
    }
}
