using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>What a criterion names as an exception ("other than", "except") is not held against the patient.</summary>
public sealed class ExceptionScreeningTests
{
    private static readonly Patient AfterAppendectomy = PatientJsonReader.Read(
        """{ "version": 1, "age": { "value": 40, "unit": "years" }, "procedures": [ { "name": "appendectomy", "date": "2015" } ] }""").Patient!;

    [Theory]
    [InlineData("Exclusion Criteria:\n- Prior surgery other than appendectomy")]
    [InlineData("Exclusion Criteria:\n- Prior surgery, with the exception of appendectomy")]
    [InlineData("Exclusion Criteria:\n- Any prior surgery except appendectomy")]
    public void An_exclusion_does_not_rule_out_a_patient_for_what_it_excepts(string criteria)
    {
        var screening = Screener.Screen(AfterAppendectomy, null, ConstraintExtractor.Parse(criteria));

        Assert.Empty(screening.RuledOutBy);
        Assert.Equal(CriterionVerdict.Unknown, screening.Criteria.Single(c => c.Origin == CriterionOrigin.Exclusion).Verdict);
    }

    [Fact]
    public void The_same_exclusion_without_the_exception_rules_the_patient_out()
    {
        var screening = Screener.Screen(AfterAppendectomy, null, ConstraintExtractor.Parse("Exclusion Criteria:\n- Prior surgery or appendectomy"));

        Assert.Equal(TrialVerdict.NotEligible, screening.Verdict);
    }
}
