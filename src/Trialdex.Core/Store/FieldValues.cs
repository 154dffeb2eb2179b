namespace Trialdex.Core.Store;

/// <summary>The kind of values a leaf field holds, as ClinicalTrials.gov's <c>/stats/field/values</c> names it.</summary>
public enum FieldValueType
{
    /// <summary>One of the API's enumerated values (Phase, OverallStatus, …).</summary>
    Enum,

    /// <summary>Free text (condition names, countries, sponsors).</summary>
    String,

    /// <summary>true or false (HealthyVolunteers, hasResults).</summary>
    Boolean,
}

/// <summary>A leaf field whose values a store can count: its piece name, its path in the study JSON and its type.</summary>
public sealed record FieldValuePiece(string Piece, string Field, FieldValueType Type);

/// <summary>
/// How often each value of one field occurs across the stored studies: studies without a value, how many distinct
/// values there are, and the most frequent values (for a Boolean field, the true and false counts instead).
/// </summary>
public sealed record FieldValueStats(
    FieldValuePiece Piece,
    long MissingStudiesCount,
    long UniqueValuesCount,
    IReadOnlyList<Search.FacetCount> TopValues,
    long? TrueCount = null,
    long? FalseCount = null);

/// <summary>The fields whose value statistics Trialdex keeps (the indexed ones), found by piece name or JSON path.</summary>
public static class FieldValuePieces
{
    /// <summary>How many of the most frequent values a statistic lists.</summary>
    public const int TopValuesLimit = 100;

    public static IReadOnlyList<FieldValuePiece> All { get; } =
    [
        new("Phase", "protocolSection.designModule.phases", FieldValueType.Enum),
        new("OverallStatus", "protocolSection.statusModule.overallStatus", FieldValueType.Enum),
        new("StudyType", "protocolSection.designModule.studyType", FieldValueType.Enum),
        new("EnrollmentType", "protocolSection.designModule.enrollmentInfo.type", FieldValueType.Enum),
        new("Sex", "protocolSection.eligibilityModule.sex", FieldValueType.Enum),
        new("StdAge", "protocolSection.eligibilityModule.stdAges", FieldValueType.Enum),
        new("HealthyVolunteers", "protocolSection.eligibilityModule.healthyVolunteers", FieldValueType.Boolean),
        new("LeadSponsorName", "protocolSection.sponsorCollaboratorsModule.leadSponsor.name", FieldValueType.String),
        new("LeadSponsorClass", "protocolSection.sponsorCollaboratorsModule.leadSponsor.class", FieldValueType.Enum),
        new("Condition", "protocolSection.conditionsModule.conditions", FieldValueType.String),
        new("Keyword", "protocolSection.conditionsModule.keywords", FieldValueType.String),
        new("InterventionType", "protocolSection.armsInterventionsModule.interventions.type", FieldValueType.Enum),
        new("InterventionName", "protocolSection.armsInterventionsModule.interventions.name", FieldValueType.String),
        new("LocationCountry", "protocolSection.contactsLocationsModule.locations.country", FieldValueType.String),
        new("LocationCity", "protocolSection.contactsLocationsModule.locations.city", FieldValueType.String),
        new("HasResults", "hasResults", FieldValueType.Boolean),
    ];

    /// <summary>The field named by its piece name (case-insensitive) or its dot path, or null.</summary>
    public static FieldValuePiece? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Piece, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Field, name, StringComparison.Ordinal));
}
