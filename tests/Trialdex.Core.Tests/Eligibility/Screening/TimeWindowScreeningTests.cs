using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// Time windows counted back from the screening, checked against the dates of a patient's facts and the date the
/// record is as of (here 2024-06-01): settled when the dates say, unknown when they do not.
/// </summary>
public sealed class TimeWindowScreeningTests
{
    private static Patient Patient(string facts) =>
        Read($$"""{ "version": 1, "age": { "birthDate": "1960-03-01", "asOf": "2024-06-01" }, "sex": "male", {{facts}} }""");

    private static Patient Read(string json)
    {
        var read = PatientJsonReader.Read(json);
        Assert.Empty(read.Problems);
        return read.Patient!;
    }

    private static CriterionScreening One(Patient patient, string criteria) =>
        Assert.Single(Screener.Screen(patient, null, ConstraintExtractor.Parse(criteria)).Criteria);

    [Theory]
    [InlineData("2024-03-10", CriterionVerdict.Met)]      // within the last 6 months: the exclusion applies
    [InlineData("2024-01", CriterionVerdict.Met)]         // January 2024 is within 6 months of June, whatever the day
    [InlineData("2021-08-15", CriterionVerdict.Unknown)]  // began before the window: it may still be present
    public void A_condition_within_the_last_months_is_settled_by_its_onset(string onset, CriterionVerdict expected)
    {
        var patient = Patient($$"""" "conditions": [ { "text": "myocardial infarction", "onset": "{{onset}}" } ]"""");

        var criterion = One(patient, "Exclusion Criteria:\n- Myocardial infarction within the last 6 months");

        Assert.Equal(expected, criterion.Verdict);
        Assert.Contains(onset, criterion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denied_event_does_not_fall_in_any_window()
    {
        var patient = Patient("""" "conditions": [ { "text": "myocardial infarction", "negated": true } ]"""");

        Assert.Equal(CriterionVerdict.NotMet, One(patient, "Exclusion Criteria:\n- Myocardial infarction within the last 6 months").Verdict);
    }

    [Theory]
    [InlineData("2024-05-20", CriterionVerdict.NotMet)]   // inside the window: the denial fails
    [InlineData("2023-01-10", CriterionVerdict.Met)]      // long before it: the denial holds
    [InlineData(null, CriterionVerdict.Unknown)]          // undated: it may or may not fall inside
    public void A_denial_with_a_window_fails_only_when_the_event_falls_inside_it(string? date, CriterionVerdict expected)
    {
        var dated = date is null ? "" : $$""", "date": "{{date}}" """;
        var patient = Patient($$"""" "procedures": [ { "name": "radiotherapy"{{dated}} } ]"""");

        Assert.Equal(expected, One(patient, "Inclusion Criteria:\n- No prior radiotherapy within the past 4 weeks").Verdict);
    }

    [Fact]
    public void A_denial_with_a_window_holds_for_a_patient_who_never_had_it()
    {
        var patient = Patient("""" "procedures": [ { "name": "appendectomy", "date": "2020-01-01" } ], "conditions": [ { "text": "myocardial infarction", "negated": true } ]"""");

        Assert.Equal(CriterionVerdict.Met, One(patient, "Inclusion Criteria:\n- No myocardial infarction within the past 6 months").Verdict);
    }

    [Fact]
    public void A_medicine_limited_by_dose_is_unknown_when_only_the_medicine_is_known()
    {
        var patient = Patient("""" "medications": [ { "name": "estrogen", "status": "active" } ]"""");

        var criterion = One(patient, "Exclusion Criteria:\n- More than 8 mg/day estrogen within 1 month");

        Assert.Equal(CriterionVerdict.Unknown, criterion.Verdict);
        Assert.Contains("dose", criterion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_the_record_does_not_mention_stays_unknown()
    {
        var patient = Patient(""""  "conditions": [ { "text": "hypertension", "onset": "2010" } ]"""");

        var criterion = One(patient, "Exclusion Criteria:\n- Myocardial infarction within the last 6 months");

        Assert.Equal(CriterionVerdict.Unknown, criterion.Verdict);
        Assert.Empty(criterion.Missing);
    }

    [Theory]
    [InlineData("2017-02", CriterionVerdict.Met)]         // more than 5 years before June 2024
    [InlineData("2022-11-30", CriterionVerdict.NotMet)]   // began less than 5 years ago
    public void A_duration_of_more_than_years_is_settled_both_ways_by_the_onset(string onset, CriterionVerdict expected)
    {
        var patient = Patient($$"""" "conditions": [ { "text": "cirrhosis", "onset": "{{onset}}" } ]"""");

        Assert.Equal(expected, One(patient, "Inclusion Criteria:\n- Cirrhosis course more than 5 years").Verdict);
    }

    [Theory]
    [InlineData("2024-05-20", CriterionVerdict.Met)]
    [InlineData("2023-12-01", CriterionVerdict.NotMet)]   // a procedure is one event: long before the window, it is not in it
    public void A_procedure_within_weeks_before_enrollment_is_settled_both_ways_by_its_date(string date, CriterionVerdict expected)
    {
        var patient = Patient($$"""" "procedures": [ { "name": "major surgery", "date": "{{date}}" } ]"""");

        Assert.Equal(expected, One(patient, "Exclusion Criteria:\n- Major surgery within 4 weeks prior to enrollment").Verdict);
    }

    [Theory]
    [InlineData("2024-05-25", CriterionVerdict.Met)]
    [InlineData("2024-02-01", CriterionVerdict.Unknown)]  // an old value: the lab must be measured again
    public void A_lab_value_must_be_dated_inside_the_window_to_meet_it(string date, CriterionVerdict expected)
    {
        var patient = Patient($$"""" "observations": [ { "name": "hemoglobin", "value": 12.1, "unit": "g/dL", "date": "{{date}}" } ]"""");

        Assert.Equal(expected, One(patient, "Inclusion Criteria:\n- Hemoglobin >= 9 g/dL within 14 days before randomization").Verdict);
    }

    [Fact]
    public void A_window_counted_from_another_event_is_not_checked()
    {
        var patient = Patient("""" "conditions": [ { "text": "stroke", "onset": "2024-05-01" } ]"""");

        var criterion = One(patient, "Exclusion Criteria:\n- Stroke within 3 months after transplantation");

        Assert.NotEqual(CriterionVerdict.Met, criterion.Verdict);
        Assert.NotEqual(CriterionVerdict.NotMet, criterion.Verdict);
    }

    [Fact]
    public void The_records_own_as_of_date_counts_without_a_birth_date()
    {
        var patient = Read(""""{ "version": 1, "asOf": "2024-06-01", "age": { "value": 64, "unit": "years" }, "conditions": [ { "text": "myocardial infarction", "onset": "2024-05-01" } ] }"""");

        Assert.Equal(CriterionVerdict.Met, One(patient, "Exclusion Criteria:\n- Myocardial infarction within the last 6 months").Verdict);
    }

    [Fact]
    public void A_fhir_bundles_timestamp_is_the_date_windows_count_back_from()
    {
        var bundle = """
            { "resourceType": "Bundle", "type": "collection", "timestamp": "2024-06-01T10:00:00Z", "entry": [
              { "resource": { "resourceType": "Condition", "id": "mi", "clinicalStatus": { "coding": [ { "code": "active" } ] },
                "code": { "text": "myocardial infarction" }, "onsetDateTime": "2024-04-20" } } ] }
            """;
        var patient = FhirPatientReader.Read(bundle).Patient!;

        Assert.Equal(new DateOnly(2024, 6, 1), patient.AsOf);
        Assert.Equal(CriterionVerdict.Met, One(patient, "Exclusion Criteria:\n- Myocardial infarction within the last 6 months").Verdict);
    }

    [Fact]
    public void Without_the_date_the_record_is_as_of_a_dated_fact_does_not_settle_the_window()
    {
        var patient = Read(""""{ "version": 1, "age": { "value": 64, "unit": "years" }, "conditions": [ { "text": "myocardial infarction", "onset": "2024-05-01" } ] }"""");

        var criterion = One(patient, "Exclusion Criteria:\n- Myocardial infarction within the last 6 months");

        Assert.Equal(CriterionVerdict.Unknown, criterion.Verdict);
        Assert.Contains("time window was not checked", criterion.Reason, StringComparison.Ordinal);
    }
}
