namespace Trialdex.Core.Store;

/// <summary>
/// A study's searchable text, one entry per field that ClinicalTrials.gov's search areas weigh separately
/// (query.cond weighs conditions above titles above MeSH terms, query.intr intervention names above types, …).
/// Stores index each field as its own full-text column, in the order of <see cref="Fields"/>.
/// </summary>
public sealed record StudyText(IReadOnlyList<string> Values)
{
    /// <summary>The searchable text of <paramref name="study"/> (what <see cref="StudyIndexRow.Text"/> holds), without the rest of the index row.</summary>
    public static StudyText Of(Studies.Study study) => StudyTextBuilder.Build(study);

    /// <summary>The full-text fields, in column order.</summary>
    public static IReadOnlyList<TextField> Fields { get; } = Enum.GetValues<TextField>();

    public string this[TextField field] => Values[(int)field];
}

/// <summary>The separately weighted full-text fields of a study.</summary>
public enum TextField
{
    NctIdAndAcronym,
    BriefTitle,
    OfficialTitle,
    Conditions,
    ConditionMeshTerms,
    ConditionAncestorTerms,
    Keywords,
    InterventionNames,
    InterventionOtherNames,
    InterventionTypes,
    ArmGroupTypes,
    InterventionMeshTerms,
    InterventionAncestorTerms,
    BriefSummary,
    DetailedDescription,
    EligibilityCriteria,
    Outcomes,
    LeadSponsor,
    Collaborators,
    Locations,
    Identifiers,
}
