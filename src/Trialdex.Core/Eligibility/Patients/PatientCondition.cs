using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// A diagnosis, disease or finding. It is named by text, by a MeSH descriptor, by other codes, or several of
/// these. A negated condition is one the record says the patient does not have ("denies diabetes", a refuted
/// FHIR condition): it answers "no" to a criterion instead of leaving it unknown.
/// </summary>
/// <param name="Source">Where the condition is stated.</param>
public sealed record PatientCondition(FactSource Source)
{
    /// <summary>The condition as written ("HTN", "anaplastic astrocytoma"), or null when only codes are known.</summary>
    public string? Text { get; init; }

    /// <summary>The MeSH descriptor id ("D006973"), or null.</summary>
    public string? MeshId { get; init; }

    /// <summary>The MeSH descriptor's preferred name ("Hypertension") when <see cref="MeshId"/> was found by a reader, or null.</summary>
    public string? MeshName { get; init; }

    /// <summary>Codes of other terminologies (SNOMED CT, ICD-10), in the order given.</summary>
    public IReadOnlyList<ClinicalCode> Codes { get; init; } = [];

    /// <summary>Whether the condition is current, in the past or resolved.</summary>
    public ConditionStatus Status { get; init; } = ConditionStatus.Active;

    /// <summary>True when the record says the patient does not have the condition.</summary>
    public bool Negated { get; init; }

    /// <summary>When the condition began, or null.</summary>
    public PartialDate? Onset { get; init; }

    /// <summary>
    /// How long before the record's date the condition began, in days, when the record says so only relatively
    /// (a note's "diagnosed 2 years ago", "COPD for 10-15 years"); null otherwise.
    /// </summary>
    public ElapsedDays? Elapsed { get; init; }

    /// <summary>
    /// The degree or control the record names the condition with ("poorly controlled", "severe"), as written; null
    /// when it names none. Criteria that ask for a degree ("uncontrolled hypertension") are settled only with it.
    /// </summary>
    public string? Degree { get; init; }

    /// <summary>
    /// True when a note names it in the patient's past medical history ("Her past medical history is remarkable for
    /// hypercholesterolemia", "PMH: HTN, DM"): a comorbidity beside the problem the patient presents with, which
    /// <see cref="Screening.ConditionRelevance"/> weighs less when ranking trials. False for any other source.
    /// </summary>
    public bool PastMedicalHistory { get; init; }
}

/// <summary>How current a condition is.</summary>
public enum ConditionStatus
{
    /// <summary>The patient has it now (FHIR active, recurrence, relapse).</summary>
    Active,

    /// <summary>
    /// The patient has had it: a note's "history of", "s/p" or "previous", or FHIR inactive or remission. It may
    /// still be present, as "history of hypertension" usually means; a screener treats it as "has or had".
    /// </summary>
    History,

    /// <summary>The patient had it and it is over (FHIR resolved).</summary>
    Resolved,
}
