using Trialdex.Core.Store;

namespace Trialdex.Core.Search;

/// <summary>What kind of value a field named in <c>AREA[Field]</c> holds, which decides how a store matches it.</summary>
public enum SearchFieldKind
{
    /// <summary>Full text in one or more weighted text fields (words and phrases).</summary>
    Text,

    /// <summary>One of a fixed set of values (OverallStatus, Phase, StudyType, …), matched exactly.</summary>
    Value,

    /// <summary>A date, matched by RANGE or MISSING.</summary>
    Date,

    /// <summary>A number (enrollment) or an age in days, matched by RANGE or MISSING.</summary>
    Number,
}

/// <summary>A field that search expressions can name, and where its values live.</summary>
/// <param name="Name">The ClinicalTrials.gov field name.</param>
/// <param name="Kind">What kind of value it holds.</param>
/// <param name="TextFields">For Text fields: the full-text fields searched and their weights.</param>
/// <param name="Column">For Value, Date and Number fields: the logical column (see <see cref="SearchFields"/>).</param>
public sealed record SearchField(string Name, SearchFieldKind Kind, IReadOnlyDictionary<TextField, double> TextFields, string? Column);

/// <summary>The ClinicalTrials.gov field names (and search-area names) that <c>AREA[…]</c> accepts.</summary>
public static class SearchFields
{
    private static readonly Dictionary<string, SearchField> All = Build();

    public static SearchField? Find(string name) => All.GetValueOrDefault(name);

    public static IEnumerable<string> Names => All.Keys.Order(StringComparer.Ordinal);

    private static Dictionary<string, SearchField> Build()
    {
        var fields = new Dictionary<string, SearchField>(StringComparer.OrdinalIgnoreCase);
        void Text(string name, params TextField[] textFields) =>
            fields[name] = new SearchField(name, SearchFieldKind.Text, textFields.ToDictionary(f => f, _ => 1.0), null);
        void Column(string name, SearchFieldKind kind, string column) =>
            fields[name] = new SearchField(name, kind, new Dictionary<TextField, double>(), column);

        Text("NCTId", TextField.NctIdAndAcronym, TextField.Identifiers);
        Text("Acronym", TextField.NctIdAndAcronym);
        Text("BriefTitle", TextField.BriefTitle);
        Text("OfficialTitle", TextField.OfficialTitle);
        Text("Condition", TextField.Conditions);
        Text("Keyword", TextField.Keywords);
        Text("ConditionMeshTerm", TextField.ConditionMeshTerms);
        Text("ConditionAncestorTerm", TextField.ConditionAncestorTerms);
        Text("InterventionName", TextField.InterventionNames);
        Text("InterventionOtherName", TextField.InterventionOtherNames);
        Text("InterventionType", TextField.InterventionTypes);
        Text("ArmGroupType", TextField.ArmGroupTypes);
        Text("InterventionMeshTerm", TextField.InterventionMeshTerms);
        Text("InterventionAncestorTerm", TextField.InterventionAncestorTerms);
        Text("BriefSummary", TextField.BriefSummary);
        Text("DetailedDescription", TextField.DetailedDescription);
        Text("EligibilityCriteria", TextField.EligibilityCriteria);
        Text("PrimaryOutcomeMeasure", TextField.Outcomes);
        Text("SecondaryOutcomeMeasure", TextField.Outcomes);
        Text("OtherOutcomeMeasure", TextField.Outcomes);
        Text("LeadSponsorName", TextField.LeadSponsor);
        Text("CollaboratorName", TextField.Collaborators);
        Text("LocationFacility", TextField.Locations);
        Text("LocationCity", TextField.Locations);
        Text("LocationState", TextField.Locations);
        Text("LocationZip", TextField.Locations);
        Text("OrgStudyId", TextField.Identifiers);
        Text("SecondaryId", TextField.Identifiers);
        foreach (var area in Enum.GetValues<SearchArea>())
        {
            var name = SearchAreas.Parameter(area)["query.".Length..];
            fields[AreaFieldName(name)] = new SearchField(AreaFieldName(name), SearchFieldKind.Text, SearchAreas.FieldWeights(area), null);
        }

        Column("OverallStatus", SearchFieldKind.Value, "overall_status");
        Column("Phase", SearchFieldKind.Value, "phase");
        Column("StudyType", SearchFieldKind.Value, "study_type");
        Column("Sex", SearchFieldKind.Value, "sex");
        Column("Gender", SearchFieldKind.Value, "sex");
        Column("HealthyVolunteers", SearchFieldKind.Value, "healthy_volunteers");
        Column("StdAge", SearchFieldKind.Value, "std_age");
        Column("LeadSponsorClass", SearchFieldKind.Value, "lead_sponsor_class");
        Column("HasResults", SearchFieldKind.Value, "has_results");
        Column("LocationCountry", SearchFieldKind.Value, "country");
        Column("LocationStatus", SearchFieldKind.Value, "location_status");
        Column("EnrollmentType", SearchFieldKind.Value, "enrollment_type");
        Column("StartDate", SearchFieldKind.Date, "start_date");
        Column("PrimaryCompletionDate", SearchFieldKind.Date, "primary_completion_date");
        Column("CompletionDate", SearchFieldKind.Date, "completion_date");
        Column("StudyFirstPostDate", SearchFieldKind.Date, "first_posted_date");
        Column("LastUpdatePostDate", SearchFieldKind.Date, "last_update_posted_date");
        Column("EnrollmentCount", SearchFieldKind.Number, "enrollment");
        Column("MinimumAge", SearchFieldKind.Number, "min_age_days");
        Column("MaximumAge", SearchFieldKind.Number, "max_age_days");
        return fields;
    }

    /// <summary>"cond" → "ConditionSearch"-style names ClinicalTrials.gov uses for whole areas ("BasicSearch" for term).</summary>
    private static string AreaFieldName(string parameter) => parameter switch
    {
        "cond" => "ConditionSearch",
        "term" => "BasicSearch",
        "intr" => "InterventionSearch",
        "titles" => "TitleSearch",
        "outc" => "OutcomeSearch",
        "spons" => "SponsorSearch",
        "lead" => "LeadSponsorSearch",
        "locn" => "LocationSearch",
        "id" => "IdSearch",
        _ => "PatientSearch",
    };
}
