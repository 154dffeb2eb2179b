using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>What <c>match</c>, <c>/api/prescreen</c> and the "Could I qualify?" page show as read from the input.</summary>
public sealed class PatientFactsTests
{
    [Fact]
    public void Every_fact_of_the_example_patient_is_described_in_plain_words_with_its_place()
    {
        var patient = PatientJsonReader.Read(File.ReadAllText(Path.Combine(PatientCases.Root, "example-patient.json"))).Patient!;

        var facts = PatientFacts.Describe(patient).Select(f => $"{f.Kind}: {f.Text} @{f.Source}").ToList();

        Assert.Equal(
            [
                "age: age 45 Years @$.age",
                "sex: sex female @$.sex",
                "condition: has poorly controlled hypertension, since 2019-05 @$.conditions[0]",
                "condition: does not have type 2 diabetes @$.conditions[1]",
                "condition: had pneumonia, resolved, since 2023-01-14 @$.conditions[2]",
                "condition: history of breast cancer @$.conditions[3]",
                "observation: platelet count 180 x 10^9/L on 2024-05-30 @$.observations[0]",
                "observation: hemoglobin A1c 5.6 % @$.observations[1]",
                "observation: tobacco smoking status never smoker @$.observations[2]",
                "medication: takes lisinopril 10 mg, since 2019-06 @$.medications[0]",
                "medication: took tamoxifen before @$.medications[1]",
                "procedure: procedure lumpectomy on 2016-03 @$.procedures[0]",
                "pregnancy: pregnant: no @$.pregnancy.pregnant",
                "pregnancy: breastfeeding: no @$.pregnancy.lactating",
                "pregnancy: not postpartum @$.pregnancy.postpartum",
                "pregnancy: gravida 2 @$.pregnancy.gravida",
                "pregnancy: para 2 @$.pregnancy.para",
                "performanceStatus: ECOG 0 @$.performanceStatus.ecog",
                "performanceStatus: Karnofsky 100 @$.performanceStatus.karnofsky",
                "healthyVolunteer: not a healthy volunteer @$.healthyVolunteer",
                "location: location Lyon, France (45.76, 4.84) @$.location",
            ],
            facts);
    }

    [Fact]
    public void A_note_shows_denials_history_and_times_as_read()
    {
        const string note = "A 62-year-old woman with type 2 diabetes for 10 years. History of stroke. She denies asthma. Platelets 40 x 10^9/L.";

        var facts = PatientFacts.Describe(ClinicalNoteReader.Read(note).Patient!).Select(f => f.Text).ToList();

        Assert.Contains("age 62 Years", facts);
        Assert.Contains("sex female", facts);
        Assert.Contains(facts, f => f.StartsWith("has type 2 diabetes", StringComparison.Ordinal) && f.EndsWith("began about 10 years ago", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.StartsWith("history of stroke", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.StartsWith("does not have asthma", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.StartsWith("platelet", StringComparison.Ordinal) && f.Contains("40", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_patient_has_no_facts() => Assert.Empty(PatientFacts.Describe(new Patient()));
}
