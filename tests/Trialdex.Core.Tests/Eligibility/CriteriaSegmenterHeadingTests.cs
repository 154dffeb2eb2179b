using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

public sealed class CriteriaSegmenterHeadingTests
{
    [Theory]
    [InlineData("Inclusion Criteria:")]
    [InlineData("INCLUSION CRITERIA")]
    [InlineData("Inclusion criteria -")]
    [InlineData("Key Inclusion Criteria:")]
    [InlineData("Main inclusion criteria")]
    [InlineData("Criteria for inclusion")]
    [InlineData("**Inclusion Criteria:**")]
    [InlineData("-  Inclusion Criteria:")]
    [InlineData("Inclusion:")]
    [InlineData("Patients must meet all of the following")]
    [InlineData("Patients may be eligible for this study if they:")]
    [InlineData("To be eligible for this study, participants must:")]
    public void An_inclusion_heading_sends_the_criteria_under_it_to_inclusion(string heading)
    {
        var segmented = CriteriaSegmenter.Segment(heading + "\n* Age 18 years or older\n");

        Assert.Equal("Age 18 years or older", Assert.Single(segmented.Inclusion).Text);
        Assert.Empty(segmented.Exclusion);
        Assert.Empty(segmented.Unclassified);
    }

    [Theory]
    [InlineData("Exclusion Criteria:")]
    [InlineData("Key exclusion criteria")]
    [InlineData("EXCLUSION:")]
    [InlineData("Exclusion criteria -")]
    [InlineData("Criteria for exclusion")]
    [InlineData("Patients will be excluded if")]
    [InlineData("Patients with any of the following conditions are excluded:")]
    [InlineData("You will not be eligible for this study if you:")]
    [InlineData("Subjects meeting any of the following criteria will not be enrolled:")]
    public void An_exclusion_heading_sends_the_criteria_under_it_to_exclusion(string heading)
    {
        var segmented = CriteriaSegmenter.Segment("Inclusion Criteria:\n* Adults\n" + heading + "\n* Pregnancy\n");

        Assert.Equal("Adults", Assert.Single(segmented.Inclusion).Text);
        Assert.Equal("Pregnancy", Assert.Single(segmented.Exclusion).Text);
    }

    [Theory]
    [InlineData("Exclusion: prior spinal surgery", "prior spinal surgery")]
    [InlineData("EXCLUSION CRITERIA: Prior spinal surgery;", "Prior spinal surgery")]
    [InlineData("Exclusion Criteria 1. Prior spinal surgery", "Prior spinal surgery")]
    public void A_criterion_written_on_the_heading_line_is_kept(string line, string expected)
    {
        var segmented = CriteriaSegmenter.Segment("Inclusion Criteria: Adults\n" + line);

        Assert.Equal("Adults", Assert.Single(segmented.Inclusion).Text);
        Assert.Equal(expected, Assert.Single(segmented.Exclusion).Text);
    }

    [Fact]
    public void A_heading_run_into_the_end_of_a_criterion_still_starts_its_section()
    {
        var segmented = CriteriaSegmenter.Segment("Inclusion Criteria:\n- Able to provide informed consent. Exclusion Criteria\n- Pregnancy\n");

        Assert.Equal("Able to provide informed consent.", Assert.Single(segmented.Inclusion).Text);
        Assert.Equal("Pregnancy", Assert.Single(segmented.Exclusion).Text);
    }

    [Theory]
    [InlineData("- Subjects who meet the exclusion criteria of the parent study")]
    [InlineData("- Failure to meet inclusion criteria")]
    [InlineData("- Other protocol-defined inclusion/exclusion criteria may apply")]
    [InlineData("- Patients must have adequate organ function as defined below:")]
    [InlineData("- Excluded within 2 weeks of study entry:")]
    public void A_criterion_that_mentions_criteria_is_not_a_heading(string line)
    {
        var segmented = CriteriaSegmenter.Segment("Exclusion Criteria:\n- Pregnancy\n" + line + "\n");

        Assert.Equal(2, segmented.Exclusion.Count);
        Assert.Empty(segmented.Inclusion);
    }

    [Fact]
    public void A_neutral_heading_leaves_its_criteria_unclassified()
    {
        var segmented = CriteriaSegmenter.Segment("Eligibility Criteria:\n* Age 18 years or older\n");

        Assert.Equal("Age 18 years or older", Assert.Single(segmented.Unclassified).Text);
    }

    [Fact]
    public void Text_before_the_inclusion_heading_is_unclassified()
    {
        var segmented = CriteriaSegmenter.Segment("Healthy volunteers\nInclusion Criteria:\n* Age 18 years or older\n");

        Assert.Equal("Healthy volunteers", Assert.Single(segmented.Unclassified).Text);
        Assert.Single(segmented.Inclusion);
    }
}
