using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

public sealed class SourceSpansTests
{
    [Fact]
    public void A_criterion_unchanged_from_the_original_maps_by_its_offset()
    {
        const string original = "Inclusion:\n1. Age 20-40 years\n2. AMH >= 1.1 ng/mL";
        var start = original.IndexOf("AMH", StringComparison.Ordinal);
        var spans = new SourceSpans(original, new TextSpan(start, original.Length - start), "AMH >= 1.1 ng/mL");

        Assert.Equal(new TextSpan(start + 7, 3), spans.Map(new TextSpan(7, 3)));
        Assert.Null(spans.Map(new TextSpan(0, 0)));
        Assert.Null(spans.Map(new TextSpan(10, 20)));
    }

    [Fact]
    public void A_criterion_wrapped_across_lines_maps_each_character_to_where_it_stands()
    {
        const string original = "1. Platelets\n   < 50 x 10^9/L";
        var spans = new SourceSpans(original, new TextSpan(3, original.Length - 3), "Platelets < 50 x 10^9/L");

        Assert.Equal(new TextSpan(original.IndexOf('<', StringComparison.Ordinal), 4), spans.Map(new TextSpan(10, 4)));
        // The space standing for the line break maps to where the break starts.
        Assert.Equal(new TextSpan(12, 1), spans.Map(new TextSpan(9, 1)));
    }

    [Fact]
    public void A_run_of_spaces_in_an_unchanged_criterion_maps_each_space_to_the_run_start()
    {
        const string original = "Age  20";
        var spans = new SourceSpans(original, new TextSpan(0, original.Length), original);

        Assert.Equal(new TextSpan(3, 1), spans.Map(new TextSpan(4, 1)));
        Assert.Equal(new TextSpan(5, 2), spans.Map(new TextSpan(5, 2)));
    }

    [Fact]
    public void A_criterion_that_cannot_be_aligned_maps_nothing()
    {
        var spans = new SourceSpans("Age 20", new TextSpan(0, 6), "Age 21");

        Assert.Null(spans.Map(new TextSpan(0, 3)));
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('\t', true)]
    [InlineData('\n', true)]
    [InlineData('\u0001', true)]
    [InlineData('\u007F', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\u0085', true)]
    [InlineData('\u2003', true)]
    [InlineData('\u200B', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('a', false)]
    [InlineData('!', false)]
    [InlineData('~', false)]
    [InlineData('é', false)]
    public void Spaces_are_white_space_control_characters_and_invisible_breaks(char c, bool space) =>
        Assert.Equal(space, TextShape.IsSpace(c));

    [Fact]
    public void Every_character_is_a_space_exactly_when_it_is_white_space_a_control_character_or_an_invisible_break()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF', TextShape.IsSpace(c));
        }
    }
}
