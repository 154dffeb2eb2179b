using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

public sealed class TextblockNormalizerTests
{
    [Fact]
    public void Wrapped_lines_of_a_paragraph_are_joined_and_paragraphs_keep_one_blank_line_between_them()
    {
        var raw = "\n      First paragraph wraps\r\n      onto a second line.\r\n\r\n      Second paragraph.\r\n    ";

        Assert.Equal("First paragraph wraps onto a second line.\n\nSecond paragraph.", TextblockNormalizer.Normalize(raw));
    }

    [Fact]
    public void Bullets_become_stars_and_consecutive_items_lose_their_blank_lines()
    {
        var raw = "\n        Criteria:\n\n          -  one\n\n          -  two wraps\n             here\n";

        Assert.Equal("Criteria:\n\n* one\n* two wraps here", TextblockNormalizer.Normalize(raw));
    }

    [Fact]
    public void Numbered_items_keep_their_numbers_and_nested_bullets_indent_under_their_text()
    {
        var raw = "\n          1. parent\n\n               -  child\n\n          2. sibling\n";

        Assert.Equal("1. parent\n   * child\n2. sibling", TextblockNormalizer.Normalize(raw));
    }

    [Fact]
    public void Right_aligned_numbers_from_ten_on_stay_siblings_of_the_single_digit_items()
    {
        var raw = "\n         9. ninth item wraps\n            on\n\n        10. tenth item wraps\n            on\n";

        Assert.Equal("9. ninth item wraps on\n10. tenth item wraps on", TextblockNormalizer.Normalize(raw));
    }

    [Fact]
    public void A_paragraph_inside_a_list_item_is_indented_under_the_item_text()
    {
        var raw = "\n  -  item\n\n     note about the item\n\n  -  next\n";

        Assert.Equal("* item\n\n  note about the item\n\n* next", TextblockNormalizer.Normalize(raw));
    }

    [Fact]
    public void A_dash_without_the_hanging_indent_of_a_bullet_is_plain_text()
    {
        var raw = "\n  - not a generated bullet\n  continues at the same indent\n";

        Assert.Equal("- not a generated bullet continues at the same indent", TextblockNormalizer.Normalize(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n   \r\n\t\n")]
    public void A_blank_textblock_has_no_text(string raw)
    {
        Assert.Null(TextblockNormalizer.Normalize(raw));
    }
}
