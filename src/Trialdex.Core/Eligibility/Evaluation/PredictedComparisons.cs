using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>The comparisons the extractor finds in a document, in the shape the evaluation scores.</summary>
internal static class PredictedComparisons
{
    public static List<ScoredComparison> Read(string text)
    {
        var result = new List<ScoredComparison>();
        foreach (var constraint in ConstraintExtractor.Parse(text).Constraints)
        {
            if (constraint is not { Operator: { } op, SourceComparisonSpan: { } span } || constraint.ValueTexts.Count == 0)
            {
                continue;
            }

            var inScope = constraint.ValueTexts.All(v => GoldComparisons.ParseValue(v) is not null);
            result.Add(new ScoredComparison(
                span.Start,
                span.End,
                Name(op),
                [.. constraint.Values.Order()],
                UnitKeys.Key(constraint.Unit),
                inScope,
                constraint.Kind == ConstraintKind.Age,
                false,
                GoldComparisons.Slice(text, span.Start, span.End)));
        }

        return result;
    }

    private static string Name(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "LT",
        ComparisonOperator.LessOrEqual => "LTEQ",
        ComparisonOperator.Greater => "GT",
        ComparisonOperator.GreaterOrEqual => "GTEQ",
        ComparisonOperator.Between => "BETWEEN",
        ComparisonOperator.OneOf => "ONEOF",
        _ => "EQ",
    };
}
