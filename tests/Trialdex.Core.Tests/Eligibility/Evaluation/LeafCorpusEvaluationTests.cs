using Trialdex.Core.Eligibility.Evaluation;

namespace Trialdex.Core.Tests.Eligibility.Evaluation;

/// <summary>
/// The fixture's gold: an age range "18-45 years" (an Age annotation), "100 x 10^9/L" annotated without its "&gt;="
/// operator in the span, "more than 30" annotated GTEQ, "within 3 months", "50 copies" that the extractor does not
/// read, a Roman "class III" and a comparison without a value that are not scored. The extractor also finds
/// "&gt; 9 g/dL", which is not annotated.
/// </summary>
public sealed class LeafCorpusEvaluationTests
{
    private readonly LeafEvaluationResult _result = LeafCorpusEvaluation.Score([LeafFixture.Document()]);

    [Fact]
    public void Only_comparisons_with_digits_or_number_words_are_scored_on_either_side()
    {
        Assert.Equal(1, _result.Documents);
        Assert.Equal(6, _result.GoldComparisons);
        Assert.Equal(5, _result.GoldScored);
        Assert.Equal(5, _result.PredictedScored);
    }

    [Fact]
    public void Values_count_as_right_only_when_operator_values_and_unit_all_agree()
    {
        Assert.Equal(new EvaluationScore(3, 5, 5), _result.ValuesOverlapping);
        Assert.Equal(0.6, _result.ValuesOverlapping.Precision, 9);
        Assert.Equal(0.6, _result.ValuesOverlapping.Recall, 9);
    }

    [Fact]
    public void Exact_spans_leave_out_the_gold_span_that_omits_its_operator()
    {
        Assert.Equal(new EvaluationScore(2, 5, 5), _result.ValuesExact);
        Assert.Equal(new EvaluationScore(3, 5, 5), _result.SpansExact);
    }

    [Fact]
    public void Span_overlap_alone_also_counts_the_comparison_whose_operator_disagrees()
    {
        Assert.Equal(new EvaluationScore(4, 5, 5), _result.SpansOverlapping);
    }

    [Fact]
    public void Age_annotations_are_scored_against_extracted_age_constraints()
    {
        Assert.Equal(new EvaluationScore(1, 1, 1), _result.Ages);
    }

    [Fact]
    public void Misses_and_false_positives_are_given_as_examples()
    {
        Assert.Contains(_result.Misses, m => m.Contains("'50 copies'", StringComparison.Ordinal) && m.Contains("extracted nothing", StringComparison.Ordinal));
        Assert.Contains(_result.Misses, m => m.Contains("'more than 30' GTEQ", StringComparison.Ordinal));
        Assert.Contains(_result.FalsePositives, f => f.Contains("'> 9 g/dL'", StringComparison.Ordinal) && f.Contains("gold nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_on_a_zip_laid_out_like_the_corpus_gives_the_same_scores()
    {
        var zip = LeafFixture.Zip();
        try
        {
            var result = LeafCorpusEvaluation.Run(zip);

            Assert.Equal(_result.ValuesOverlapping, result.ValuesOverlapping);
            Assert.Equal(_result.SpansExact, result.SpansExact);
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
