using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

public sealed class RangeBoundTests
{
    [Theory]
    [InlineData("2020-01-01", "2020-01-01", "2020-01-01")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("01/31/2015", "2015-01-31", "2015-01-31")]
    [InlineData("1/5/2015", "2015-01-05", "2015-01-05")]
    public void A_date_bound_knows_the_first_and_last_day_it_means(string text, string first, string last)
    {
        var bound = Bound(text);

        Assert.Equal(RangeBoundKind.Date, bound.Kind);
        Assert.Equal((DateOnly.Parse(first, null), DateOnly.Parse(last, null)), (bound.Date, bound.LastDate));
        Assert.Null(bound.Number);
        Assert.Null(bound.AgeDays);
    }

    [Fact]
    public void A_four_digit_number_is_a_number_that_can_also_be_read_as_a_year()
    {
        var bound = Bound("2024");

        Assert.Equal(RangeBoundKind.Number, bound.Kind);
        Assert.Equal(2024m, bound.Number);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (bound.Date, bound.LastDate));
    }

    [Theory]
    [InlineData("100", 100)]
    [InlineData("2.5", 2.5)]
    [InlineData("-3", -3)]
    public void A_number_bound_has_its_decimal_value_and_no_date(string text, double expected)
    {
        var bound = Bound(text);

        Assert.Equal(RangeBoundKind.Number, bound.Kind);
        Assert.Equal((decimal)expected, bound.Number);
        Assert.Null(bound.Date);
    }

    [Theory]
    [InlineData("18 years", 6574.5)]
    [InlineData("1 Year", 365.25)]
    [InlineData("2.5 yrs", 913.125)]
    [InlineData("6 months", 182.625)]
    [InlineData("16 weeks", 112)]
    [InlineData("30 days", 30)]
    [InlineData("12 hours", 0.5)]
    [InlineData("36minutes", 0.025)]
    public void An_age_bound_is_measured_in_days_and_keeps_its_text(string text, double days)
    {
        var bound = Bound(text);

        Assert.Equal(RangeBoundKind.Age, bound.Kind);
        Assert.Equal(days, bound.AgeDays!.Value, 1e-9);
        Assert.Equal(text, bound.Text);
        Assert.Null(bound.Number);
    }

    [Fact]
    public void MIN_and_MAX_leave_their_end_open_in_any_case()
    {
        var range = Range("AREA[EnrollmentCount]RANGE[min, Max]");

        Assert.Equal((RangeBoundKind.Min, RangeBoundKind.Max), (range.Min.Kind, range.Max.Kind));
        Assert.True(range.Min.IsOpen && range.Max.IsOpen);
        Assert.False(Bound("5").IsOpen);
        Assert.Equal("EnrollmentCount", range.Field);
    }

    [Fact]
    public void Ages_compare_across_units_so_a_range_from_a_year_down_to_six_months_is_empty()
    {
        Assert.NotNull(QueryParser.Parse("AREA[MinimumAge]RANGE[6 months, 1 year]").Query);
        Assert.Contains("empty range", QueryParser.Parse("AREA[MinimumAge]RANGE[1 year, 6 months]").Error!.Message, StringComparison.Ordinal);
        Assert.Contains("empty range", QueryParser.Parse("AREA[StartDate]RANGE[2024-06, 2024-05-31]").Error!.Message, StringComparison.Ordinal);
    }

    private static RangeBound Bound(string text) => Range($"AREA[Field]RANGE[{text}, MAX]").Min;

    private static RangeNode Range(string query) => Assert.IsType<RangeNode>(QueryParser.Parse(query).Query);
}
