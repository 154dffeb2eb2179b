using Trialdex.Core.Eligibility.Evaluation;

namespace Trialdex.Core.Tests.Eligibility.Evaluation;

public sealed class BratReaderTests
{
    [Fact]
    public void Entities_events_and_attributes_are_read_and_fragments_joined()
    {
        var document = BratReader.Read(LeafFixture.Document().Ann);

        Assert.Equal(new BratEntity("T27", "Condition", 146, 185, "Surgery Hemoglobin"), document.Entities["T27"]);
        Assert.Equal("GTEQ", document.Attribute("T8", "Eq-Operator-Value"));
        var range = document.Events.Single(e => e.Id == "E1");
        Assert.Equal("T1", range.Trigger);
        Assert.Equal(["Value", "Operator", "Value", "Temporal-Unit"], range.Arguments.Select(a => a.Role));
    }

    [Theory]
    [InlineData("")]
    [InlineData("T1\tEq-Value\n")]
    [InlineData("T1\tEq-Value x y\t12\nE1\t\nA1\n#1\tAnnotatorNotes T1\tnote")]
    public void Malformed_lines_are_passed_over(string ann)
    {
        var document = BratReader.Read(ann);

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void A_gold_comparison_without_an_operator_but_with_a_period_also_accepts_at_most()
    {
        const string text = "no surgery in the last 6 months";
        const string ann = "T1\tEq-Comparison 18 31\tlast 6 months\nT2\tEq-Temporal-Period 18 22\tlast\nT3\tEq-Value 23 24\t6\n"
            + "T4\tEq-Temporal-Unit 25 31\tmonths\nE1\tEq-Comparison:T1 Temporal-Period:T2 Value:T3 Temporal-Unit:T4\n"
            + "A1\tEq-Temporal-Unit-Value T4 month\n";

        var gold = GoldComparisons.Read(BratReader.Read(ann), text).Single();
        var predicted = gold with { Operator = "LTEQ" };

        Assert.Equal("EQ", gold.Operator);
        Assert.Equal("time:month", gold.UnitKey);
        Assert.True(predicted.Agrees(gold));
        Assert.False((gold with { AllowsWindow = false }).Agrees(gold with { Operator = "GT", AllowsWindow = false }));
    }
}
