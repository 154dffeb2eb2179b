using System.Globalization;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Studies;

public sealed class NormalizedTimeTests
{
    public static TheoryData<string, string, string, string, string> ValidCases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var parts in StudyCases.Lines("normalized-times.txt").Valid)
        {
            data.Add(parts[0], parts[1], parts[2], parts[3], parts[4]);
        }

        return data;
    }

    public static TheoryData<string> InvalidCases() => new(StudyCases.Lines("normalized-times.txt").Invalid);

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void A_valid_time_parses_to_its_value_unit_and_length_in_days(string text, string value, string unit, string totalDays, string written)
    {
        var time = NormalizedTime.Parse(text);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), time.Value);
        Assert.Equal(Enum.Parse<TimeUnit>(unit), time.Unit);
        Assert.Equal(double.Parse(totalDays, CultureInfo.InvariantCulture), time.TotalDays, 1e-12);
        Assert.Equal(written, time.ToString());
        Assert.Equal(time, NormalizedTime.Parse(time.ToString()));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Any_other_text_is_an_error_naming_the_text(string text)
    {
        Assert.False(NormalizedTime.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => NormalizedTime.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ages_in_different_units_compare_by_their_length_in_days()
    {
        Assert.True(NormalizedTime.Parse("18 Months").TotalDays < NormalizedTime.Parse("2 Years").TotalDays);
        Assert.True(NormalizedTime.Parse("5 Weeks").TotalDays > NormalizedTime.Parse("1 Month").TotalDays);
    }

    [Fact]
    public void A_time_cannot_be_negative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NormalizedTime(-1, TimeUnit.Year));
    }
}
