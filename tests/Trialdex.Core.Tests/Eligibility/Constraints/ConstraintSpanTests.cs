using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

public sealed class ConstraintSpanTests
{
    [Theory]
    [InlineData("Thrombocytopenia (platelets <50×10⁹/L)", "platelets <50×10⁹/L", "<50×10⁹/L")]
    [InlineData("Coagulopathy (aPTT >1.5×ULN)", "aPTT >1.5×ULN", ">1.5×ULN")]
    [InlineData("Uncontrolled diabetes (HbA1c >7%)", "HbA1c >7%", ">7%")]
    [InlineData("Submucosal fibroids (>2 cm)", "Submucosal fibroids (>2 cm", ">2 cm")]
    [InlineData("Be less than 20 years old", "less than 20 years old", "less than 20 years")]
    [InlineData("Myocardial infarction in the last 3 months", "Myocardial infarction in the last 3 months", "last 3 months")]
    [InlineData("Adenomyosis with uterine size >8-week gestation", "uterine size >8-week gestation", ">8-week")]
    [InlineData("ANC ≥ 1,500/mm³", "ANC ≥ 1,500/mm³", "≥ 1,500/mm³")]
    public void A_constraint_spans_its_field_and_comparison_and_the_comparison_span_its_operator_value_and_unit(string criterion, string span, string comparison)
    {
        var constraint = ConstraintExtractor.Extract(criterion, CriterionKind.Exclusion)[0];

        Assert.Equal(span, Slice(criterion, constraint.Span));
        Assert.Equal(comparison, Slice(criterion, constraint.ComparisonSpan!.Value));
    }

    [Fact]
    public void Parse_maps_every_span_into_the_original_text_across_wrapped_lines_and_markdown_escapes()
    {
        const string text = "Inclusion Criteria:\n\n* Women between 20 and\n  40 years\n* Platelets \\>= 100 x 10^9/L\n\nExclusion Criteria:\n\n* Pregnant or lactating women\n";

        var parsed = ConstraintExtractor.Parse(text);

        var age = parsed.Constraints.Single(c => c.Kind == ConstraintKind.Age);
        Assert.Equal("between 20 and\n  40 years", Slice(text, age.SourceComparisonSpan!.Value));
        var platelets = parsed.Constraints.Single(c => c.Field == "platelets");
        Assert.Equal(">= 100 x 10^9/L", Slice(text, platelets.SourceComparisonSpan!.Value));
        Assert.Equal("Pregnant", Slice(text, parsed.Constraints.Single(c => c.Kind == ConstraintKind.Pregnancy).SourceSpan!.Value));
        Assert.Equal(CriterionKind.Exclusion, parsed.Criteria.Single(c => c.Constraints.Any(k => k.Kind == ConstraintKind.Lactation)).Kind);
    }

    [Fact]
    public void Parse_reads_sub_criteria_under_their_category_label_with_their_depth()
    {
        const string text = "Inclusion Criteria:\n\n1) Demographics\n   o Females aged 20-40 years with fertility desire\n4) Ovarian Function\n   o Normal ovarian reserve (AMH ≥1.1 ng/mL or AFC ≥5)\n";

        var parsed = ConstraintExtractor.Parse(text);

        var ovarian = parsed.Criteria.Single(c => c.Text.StartsWith("Normal ovarian", StringComparison.Ordinal));
        Assert.Equal(1, ovarian.Depth);
        Assert.Equal(["AMH", "AFC"], ovarian.Constraints.Select(c => c.Field));
        Assert.All(ovarian.Constraints, c => Assert.Equal(1, c.OrGroup));
        Assert.Equal(ConstraintKind.Unstructured, parsed.Criteria[0].Constraints.Single().Kind);
    }

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
