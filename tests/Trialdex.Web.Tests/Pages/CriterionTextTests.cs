using Trialdex.Web.Features.Prescreen;
using Trialdex.Web.Features.Qualify;

namespace Trialdex.Web.Tests.Pages;

public sealed class CriterionTextTests
{
    private const string Eligibility = "Inclusion Criteria:\n\n1) Demographics\n   o Females aged 20-40 years with fertility desire\n";

    private static PrescreenCriterion Criterion(string text, PrescreenSpan? span, PrescreenSpan? constraint) =>
        new("Inclusion", text, span, constraint, "NotMet", true, "", [], []);

    [Fact]
    public void The_constraint_is_highlighted_at_its_offset_from_the_criterion()
    {
        var start = Eligibility.IndexOf("Females", StringComparison.Ordinal);
        var criterion = Criterion("Females aged 20-40 years with fertility desire", new(start, 46), new(start + 8, 16));

        Assert.Equal(new CriterionText("Females ", "aged 20-40 years", " with fertility desire"), CriterionText.Split(criterion, Eligibility));
    }

    [Fact]
    public void A_criterion_whose_text_differs_from_its_span_is_searched_for_the_constraint()
    {
        var start = Eligibility.IndexOf("aged", StringComparison.Ordinal);
        var criterion = Criterion("Women aged 20-40 years", new(0, 5), new(start, 16));

        Assert.Equal(new CriterionText("Women ", "aged 20-40 years", ""), CriterionText.Split(criterion, Eligibility));
    }

    [Theory]
    [InlineData(-1, 4)]
    [InlineData(500, 4)]
    [InlineData(0, 0)]
    [InlineData(0, 4)] // "Incl" is not in the criterion's text
    public void Spans_outside_the_text_or_not_found_highlight_nothing(int start, int length)
    {
        var criterion = Criterion("Females aged 20-40 years", null, new(start, length));

        Assert.Equal(new CriterionText("Females aged 20-40 years", "", ""), CriterionText.Split(criterion, Eligibility));
        Assert.Equal(new CriterionText("Females aged 20-40 years", "", ""), CriterionText.Split(criterion, null));
    }
}
