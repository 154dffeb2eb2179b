using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Sample;
using Trialdex.Core.Studies;
using Trialdex.Core.Tests.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

public sealed class ConstraintExtractorTests
{
    [Fact]
    public void The_seed_trial_with_ages_20_to_40_gives_the_ages_its_record_states()
    {
        var sample = SampleStudies.All.Single(s => s.Name == "NCT03033277");
        var eligibility = StudyJson.Parse(sample.Utf8Json.Span).ProtocolSection!.EligibilityModule!;

        var age = ConstraintExtractor.Parse(eligibility.EligibilityCriteria).Constraints.Single(c => c.Kind == ConstraintKind.Age);

        Assert.Equal([eligibility.MinimumAge!.Value, eligibility.MaximumAge!.Value], age.Times);
        Assert.Equal(ComparisonOperator.Between, age.Operator);
    }

    [Fact]
    public void Ages_carry_registry_times_and_days_even_without_a_written_unit()
    {
        var age = ConstraintExtractor.Extract("Aged between 20 and 60", CriterionKind.Inclusion).Single(c => c.Kind == ConstraintKind.Age);

        Assert.Null(age.Unit);
        Assert.Equal([new NormalizedTime(20, TimeUnit.Year), new NormalizedTime(60, TimeUnit.Year)], age.Times);
        Assert.Equal(UnitKind.Time, age.Normalized!.Kind);
        Assert.Equal(20 * 365.25, age.Normalized.Values[0], 6);
    }

    [Fact]
    public void A_vocabulary_turns_named_conditions_into_condition_constraints_with_their_descriptors()
    {
        var constraints = ConstraintExtractor.Extract("History of Asherman syndrome or primary ovarian insufficiency", CriterionKind.Exclusion, VocabularyCases.Sample);

        var conditions = constraints.Where(c => c.Kind == ConstraintKind.Condition).ToList();
        Assert.Equal(["Gynatresia", "Primary Ovarian Insufficiency"], conditions.Select(c => c.Field));
        Assert.All(conditions, c => Assert.True(c.Flags.HasFlag(ConstraintFlags.History)));
        Assert.Equal("Asherman syndrome", "History of Asherman syndrome or primary ovarian insufficiency".Substring(conditions[0].Span.Start, conditions[0].Span.Length));
        Assert.Equal(conditions[0].OrGroup, conditions[1].OrGroup);
        Assert.NotEqual(0, conditions[0].OrGroup);
    }

    [Fact]
    public void Descriptors_naming_people_places_or_ideas_are_not_read_as_conditions()
    {
        var vocabulary = new Trialdex.Core.Vocabulary.MeshVocabulary(
        [
            new Trialdex.Core.Vocabulary.MeshDescriptor("D900301", "Patients", ["Patient"], ["M01.643"]),
            new Trialdex.Core.Vocabulary.MeshDescriptor("D900302", "United States", [], ["Z01.107.567.875"]),
            new Trialdex.Core.Vocabulary.MeshDescriptor("D900303", "History", [], ["K01.400"]),
            new Trialdex.Core.Vocabulary.MeshDescriptor("D900304", "Neoplasms", ["Neoplasia"], ["C04"]),
            new Trialdex.Core.Vocabulary.MeshDescriptor("D900305", "Aspirin", [], ["D02.241.223.100.050"]),
        ]);

        var constraints = ConstraintExtractor.Extract("Patients in the United States with a history of neoplasia taking aspirin", CriterionKind.Inclusion, vocabulary);

        Assert.Equal(["Neoplasms", "Aspirin"], constraints.Where(c => c.Descriptors.Count > 0).Select(c => c.Field));
    }

    [Fact]
    public void Without_a_vocabulary_an_unrecognised_criterion_is_kept_whole_as_unstructured()
    {
        const string criterion = "The researcher considers it inappropriate to participate in this study";

        var constraint = ConstraintExtractor.Extract(criterion, CriterionKind.Exclusion).Single();

        Assert.Equal(ConstraintKind.Unstructured, constraint.Kind);
        Assert.Equal(criterion, constraint.Field);
        Assert.Equal(new TextSpan(0, criterion.Length), constraint.Span);
    }

    [Theory]
    [InlineData("No history of stroke", ConstraintFlags.Negated | ConstraintFlags.History)]
    [InlineData("Platelets no more than 100 x 10^9/L", ConstraintFlags.None)]
    [InlineData("Without contraindications to surgery", ConstraintFlags.Negated)]
    [InlineData("Family history of liver malignant tumor", ConstraintFlags.History | ConstraintFlags.Family)]
    public void Negation_and_history_cues_flag_what_follows_them_but_operators_do_not(string criterion, ConstraintFlags flags)
    {
        var constraint = ConstraintExtractor.Extract(criterion, CriterionKind.Exclusion)[0];

        Assert.Equal(flags, constraint.Flags);
    }

    [Theory]
    [InlineData("Willingness to refrain from breast-feeding during the study", ConstraintFlags.Negated)]
    [InlineData("Must agree to abstain from breastfeeding", ConstraintFlags.Negated)]
    [InlineData("Unwilling to refrain from breast-feeding", ConstraintFlags.None)]
    [InlineData("Unable to abstain from breastfeeding during the study", ConstraintFlags.None)]
    [InlineData("Scan consistent with the diagnosis (shows no lesion, or no prior lesion) Breast-feeding women", ConstraintFlags.None)]
    [InlineData("No (even occasional) breast-feeding", ConstraintFlags.Negated)]
    public void Giving_up_negates_what_follows_and_a_closed_parenthesis_ends_the_cues_inside_it(string criterion, ConstraintFlags flags)
    {
        var lactation = ConstraintExtractor.Extract(criterion, CriterionKind.Inclusion).Single(c => c.Kind == ConstraintKind.Lactation);

        Assert.Equal(flags, lactation.Flags);
    }

    [Fact]
    public void A_time_window_marks_the_other_constraints_of_its_criterion_as_recent()
    {
        var constraints = ConstraintExtractor.Extract("High-dose hormone therapy (>8 mg/day estrogen/progestin within 1 month)", CriterionKind.Exclusion);

        Assert.All(constraints.Where(c => c.Kind == ConstraintKind.Medication), c => Assert.True(c.Flags.HasFlag(ConstraintFlags.Recent)));
        Assert.Contains(constraints, c => c is { Kind: ConstraintKind.Medication, Field: "estrogen/progestin", Unit: "mg/day" });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Blank_criteria_give_no_constraints_and_blank_texts_parse_to_nothing(string text)
    {
        Assert.Empty(ConstraintExtractor.Extract(text, CriterionKind.Inclusion));
        Assert.Same(ParsedCriteria.Empty, ConstraintExtractor.Parse(text));
        Assert.Same(ParsedCriteria.Empty, ConstraintExtractor.Parse(null));
    }
}
