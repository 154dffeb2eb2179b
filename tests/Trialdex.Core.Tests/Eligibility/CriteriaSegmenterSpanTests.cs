using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

public sealed class CriteriaSegmenterSpanTests
{
    public static TheoryData<string> Cases() => new(CriteriaCases.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_single_line_item_spans_exactly_its_text(string name)
    {
        var input = CriteriaCases.Input(name);

        var items = CriteriaInvariants.All(CriteriaSegmenter.Segment(input)).Select(x => x.Item).ToList();

        var singleLine = items.Where(item => !input.AsSpan(item.Span.Start, item.Span.Length).ContainsAny('\n', '\r', '\\')).ToList();
        Assert.NotEmpty(singleLine);
        Assert.All(singleLine, item => Assert.Equal(item.Text, input.Substring(item.Span.Start, item.Span.Length)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_item_spans_its_text_up_to_line_breaks_indentation_and_escapes(string name)
    {
        var input = CriteriaCases.Input(name);

        var segmented = CriteriaSegmenter.Segment(input);

        CriteriaInvariants.AssertWellFormed(input, segmented);
        Assert.All(CriteriaInvariants.All(segmented), x =>
            Assert.Equal(x.Item.Text, CriteriaInvariants.Normalize(input.Substring(x.Item.Span.Start, x.Item.Span.Length))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_items_marker_is_written_just_before_its_span(string name)
    {
        var input = CriteriaCases.Input(name);

        var marked = CriteriaInvariants.All(CriteriaSegmenter.Segment(input)).Select(x => x.Item).Where(item => item.Marker is not null);

        Assert.All(marked, item => Assert.EndsWith(item.Marker!, input[..item.Span.Start].TrimEnd(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrapped_criterion_spans_both_lines_and_its_text_joins_them_with_one_space()
    {
        const string input = "Inclusion Criteria:\n\n  -  Histologically confirmed adenocarcinoma of the\n     pancreas;\n";

        var item = Assert.Single(CriteriaSegmenter.Segment(input).Inclusion);

        Assert.Equal("Histologically confirmed adenocarcinoma of the pancreas", item.Text);
        Assert.Equal(input.IndexOf("Histologically", StringComparison.Ordinal), item.Span.Start);
        Assert.Equal(input.IndexOf("pancreas", StringComparison.Ordinal) + "pancreas".Length, item.Span.End);
    }

    [Fact]
    public void A_parents_span_covers_its_own_text_and_not_its_childrens()
    {
        const string input = "1. Any of the following:\n   a. Asthma\n   b. COPD\n";

        var parent = Assert.Single(CriteriaSegmenter.Segment(input).Unclassified);

        Assert.Equal("Any of the following:", input.Substring(parent.Span.Start, parent.Span.Length));
        Assert.Equal(["Asthma", "COPD"], parent.Children.Select(child => input.Substring(child.Span.Start, child.Span.Length)));
    }
}
