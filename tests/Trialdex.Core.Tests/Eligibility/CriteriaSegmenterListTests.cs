using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

public sealed class CriteriaSegmenterListTests
{
    [Theory]
    [InlineData("* Adults", "*")]
    [InlineData("- Adults", "-")]
    [InlineData("• Adults", "•")]
    [InlineData("· Adults", "·")]
    [InlineData("o Adults", "o")]
    [InlineData("1. Adults", "1.")]
    [InlineData("1) Adults", "1)")]
    [InlineData("(1) Adults", "(1)")]
    [InlineData("1、Adults", "1、")]
    [InlineData("1.Adults", "1.")]
    [InlineData("a. Adults", "a.")]
    [InlineData("a) Adults", "a)")]
    [InlineData("i. Adults", "i.")]
    [InlineData("ii) Adults", "ii)")]
    [InlineData("(iv) Adults", "(iv)")]
    [InlineData("IX. Adults", "IX.")]
    [InlineData("1\\. Adults", "1.")]
    [InlineData("\\- Adults", "-")]
    public void A_marker_is_recognised_and_removed_from_the_text(string line, string marker)
    {
        var item = Assert.Single(CriteriaSegmenter.Segment("Inclusion Criteria:\n" + line).Inclusion);

        Assert.Equal("Adults", item.Text);
        Assert.Equal(marker, item.Marker);
    }

    [Theory]
    [InlineData("1.5 times the upper limit of normal")]
    [InlineData("e.g. type 2 diabetes")]
    [InlineData("-5 degrees")]
    [InlineData("18 years or older")]
    public void Text_that_only_looks_like_a_marker_keeps_it(string line)
    {
        var item = Assert.Single(CriteriaSegmenter.Segment(line).Unclassified);

        Assert.Equal(line, item.Text);
        Assert.Null(item.Marker);
    }

    [Fact]
    public void The_letter_after_h_is_read_as_a_letter_and_a_lone_i_as_a_roman_numeral()
    {
        var lettered = CriteriaSegmenter.Segment("g. Seven\nh. Eight\ni. Nine\n").Unclassified;
        var roman = CriteriaSegmenter.Segment("1. Organ function:\n  i. Renal\n  ii. Hepatic\n").Unclassified;

        Assert.Equal(["g.", "h.", "i."], lettered.Select(item => item.Marker));
        Assert.Equal(["i.", "ii."], Assert.Single(roman).Children.Select(item => item.Marker));
    }

    [Fact]
    public void A_one_of_the_following_lead_in_gets_the_options_as_children()
    {
        const string input = "Inclusion Criteria:\n1. Age 18 or older\n2. At least one of the following:\n  * Asthma\n  * COPD\n3. Non-smoker\n";

        var inclusion = CriteriaSegmenter.Segment(input).Inclusion;

        Assert.Equal(["Age 18 or older", "At least one of the following:", "Non-smoker"], inclusion.Select(item => item.Text));
        Assert.Equal(["Asthma", "COPD"], inclusion[1].Children.Select(item => item.Text));
    }

    [Fact]
    public void Markdown_indentation_nests_a_sub_list_of_the_same_bullet()
    {
        var item = Assert.Single(CriteriaSegmenter.Segment("* Organ function\n  * Renal\n  * Hepatic\n").Unclassified);

        Assert.Equal(["Renal", "Hepatic"], item.Children.Select(child => child.Text));
    }

    [Fact]
    public void Inline_numbering_that_continues_an_open_list_splits_the_line()
    {
        var items = CriteriaSegmenter.Segment("i. Oral steroids ii. Chemotherapy iii. Weight loss medications").Unclassified;

        Assert.Equal(["Oral steroids", "Chemotherapy", "Weight loss medications"], items.Select(item => item.Text));
    }

    [Fact]
    public void A_number_inside_a_criterion_does_not_split_it()
    {
        var item = Assert.Single(CriteriaSegmenter.Segment("1. Diabetes type 2. Treated with metformin").Unclassified);

        Assert.Equal("Diabetes type 2. Treated with metformin", item.Text);
    }

    [Fact]
    public void A_trailing_semicolon_is_dropped_and_markdown_escapes_undone()
    {
        var item = Assert.Single(CriteriaSegmenter.Segment("* HbA1c \\>7% and \\<= 10%;").Unclassified);

        Assert.Equal("HbA1c >7% and <= 10%", item.Text);
    }

    [Fact]
    public void A_marker_alone_on_its_line_takes_the_next_paragraph_as_its_text()
    {
        var item = Assert.Single(CriteriaSegmenter.Segment("Exclusion Criteria:\n\n-\n\nCurrent substance abuse.\n").Exclusion);

        Assert.Equal("Current substance abuse.", item.Text);
        Assert.Equal("-", item.Marker);
    }
}
