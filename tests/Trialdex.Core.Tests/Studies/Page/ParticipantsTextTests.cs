using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Core.Tests.Studies.Page;

public sealed class ParticipantsTextTests
{
    [Theory]
    [InlineData("20 Years", "60 Years", "20 to 60 years old")]
    [InlineData("18 Years", null, "18+ years old")]
    [InlineData(null, "65 Years", "Up to 65 years old")]
    [InlineData("6 Months", "17 Years", "6 months to 17 years old")]
    [InlineData(null, "1 Year", "Up to 1 year old")]
    public void Ages_read_as_a_trial_page_writes_them(string? minimum, string? maximum, string expected)
    {
        var eligibility = new EligibilityModule
        {
            MinimumAge = minimum is null ? null : NormalizedTime.Parse(minimum),
            MaximumAge = maximum is null ? null : NormalizedTime.Parse(maximum),
        };

        Assert.Equal(expected, Page(eligibility: eligibility).Ages);
    }

    [Fact]
    public void A_record_without_age_limits_but_with_the_registry_age_groups_is_for_all_ages()
    {
        var eligibility = new EligibilityModule { StdAges = [StandardAge.Child, StandardAge.Adult, StandardAge.OlderAdult] };

        Assert.Equal("All ages", Page(eligibility: eligibility).Ages);
    }

    [Fact]
    public void A_record_that_says_nothing_of_ages_has_no_ages_line()
    {
        Assert.Null(Page(eligibility: new EligibilityModule { Sex = Sex.Female }).Ages);
    }

    [Theory]
    [InlineData(30, EnrollmentType.Estimated, "30 estimated patients")]
    [InlineData(24, EnrollmentType.Actual, "24 patients")]
    [InlineData(80, null, "80 patients")]
    [InlineData(1, EnrollmentType.Estimated, "1 estimated patient")]
    public void Enrollment_says_how_many_patients_and_whether_the_count_is_estimated(int count, EnrollmentType? type, string expected)
    {
        var design = new DesignModule { EnrollmentInfo = new EnrollmentInfo { Count = count, Type = type } };

        Assert.Equal(expected, Page(design: design).Enrollment);
    }

    [Theory]
    [InlineData(true, "Accepts Healthy Volunteers")]
    [InlineData(false, "No Healthy Volunteers")]
    [InlineData(null, null)]
    public void Volunteers_say_whether_healthy_volunteers_are_accepted(bool? healthy, string? expected)
    {
        Assert.Equal(expected, Page(eligibility: new EligibilityModule { HealthyVolunteers = healthy }).Volunteers);
    }

    private static StudyPage Page(EligibilityModule? eligibility = null, DesignModule? design = null) =>
        StudyPage.From(new Study
        {
            ProtocolSection = new ProtocolSection { EligibilityModule = eligibility, DesignModule = design },
        });
}
