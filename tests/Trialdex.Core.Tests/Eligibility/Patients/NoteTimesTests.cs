using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>When a note says a condition began or a procedure was done ("2 years ago", "for 10 years"), and what that settles.</summary>
public sealed class NoteTimesTests
{
    private static Patient Note(string text) => ClinicalNoteReader.Read(text).Patient!;

    [Theory]
    [InlineData("A 70-year-old man who had a stroke 10-15 years ago.", "stroke", 3652.5, 5478.75)]
    [InlineData("A 40-year-old woman with asthma for 3 years, now wheezing.", "asthma", 1095.75, 1095.75)]
    [InlineData("A 60-year-old man with hypertension since two years.", "hypertension", 730.5, 730.5)]
    [InlineData("A 50-year-old woman diagnosed with diabetes a year ago.", "diabetes", 365.25, 365.25)]
    public void A_time_said_just_after_a_condition_is_when_it_began(string note, string condition, double least, double most)
    {
        var found = Assert.Single(Note(note).Conditions, c => c.Text!.Contains(condition, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(new ElapsedDays(least, most), found.Elapsed);
    }

    [Theory]
    [InlineData("A 70-year-old man with a stroke. 2 years ago he moved to Ohio.")]              // another sentence
    [InlineData("A 70-year-old man with a stroke and diabetes 2 years ago.")]                // the nearer condition's time
    [InlineData("A 70-year-old man who had a stroke a few years ago.")]                      // vague
    [InlineData("A 70-year-old man who denies a stroke 2 years ago.")]                       // denied
    public void A_time_not_clearly_the_conditions_is_left_out(string note)
    {
        Assert.Null(Assert.Single(Note(note).Conditions, c => c.Text!.Contains("stroke", StringComparison.OrdinalIgnoreCase)).Elapsed);
    }

    [Theory]
    [InlineData("A 64-year-old man who had a myocardial infarction 2 months ago.", CriterionVerdict.Met)]
    [InlineData("A 64-year-old man who had a myocardial infarction 3 years ago.", CriterionVerdict.Unknown)]
    public void A_notes_relative_time_settles_a_window_as_a_date_would(string note, CriterionVerdict expected)
    {
        var screening = Screener.Screen(Note(note), null, ConstraintExtractor.Parse("Exclusion Criteria:\n- Myocardial infarction within the last 6 months"));

        var criterion = Assert.Single(screening.Criteria);
        Assert.Equal(expected, criterion.Verdict);
        Assert.Contains("before the record", criterion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duration_in_a_note_settles_more_than_both_ways()
    {
        var criteria = ConstraintExtractor.Parse("Inclusion Criteria:\n- Cirrhosis course more than 5 years");

        Assert.Equal(CriterionVerdict.Met, Assert.Single(Screener.Screen(Note("A 55-year-old man with cirrhosis for 8 years."), null, criteria).Criteria).Verdict);
        Assert.Equal(CriterionVerdict.NotMet, Assert.Single(Screener.Screen(Note("A 55-year-old man with cirrhosis for 2 years."), null, criteria).Criteria).Verdict);
    }
}
