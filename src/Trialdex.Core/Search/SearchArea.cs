using Trialdex.Core.Store;

namespace Trialdex.Core.Search;

/// <summary>ClinicalTrials.gov's search areas: the <c>query.*</c> parameters, each a weighted set of fields.</summary>
public enum SearchArea
{
    Condition,
    Term,
    Intervention,
    Titles,
    Outcome,
    Sponsor,
    LeadSponsor,
    Location,
    Id,
    Patient,
}

/// <summary>The parameter name and the weighted fields of each search area, as ClinicalTrials.gov defines them.</summary>
public static class SearchAreas
{
    private static readonly Dictionary<SearchArea, IReadOnlyDictionary<TextField, double>> Weights = new()
    {
        [SearchArea.Condition] = new Dictionary<TextField, double>
        {
            [TextField.Conditions] = 0.95, [TextField.BriefTitle] = 0.6, [TextField.OfficialTitle] = 0.55,
            [TextField.ConditionMeshTerms] = 0.5, [TextField.ConditionAncestorTerms] = 0.4, [TextField.Keywords] = 0.3,
        },
        [SearchArea.Term] = new Dictionary<TextField, double>
        {
            [TextField.NctIdAndAcronym] = 1.0, [TextField.BriefTitle] = 0.89, [TextField.OfficialTitle] = 0.85, [TextField.Conditions] = 0.81,
            [TextField.InterventionNames] = 0.8, [TextField.Keywords] = 0.6, [TextField.ConditionMeshTerms] = 0.55, [TextField.InterventionOtherNames] = 0.55,
            [TextField.Identifiers] = 0.5, [TextField.InterventionMeshTerms] = 0.45, [TextField.BriefSummary] = 0.4, [TextField.ConditionAncestorTerms] = 0.35,
            [TextField.InterventionAncestorTerms] = 0.3, [TextField.Outcomes] = 0.3, [TextField.DetailedDescription] = 0.25, [TextField.EligibilityCriteria] = 0.2,
            [TextField.LeadSponsor] = 0.2, [TextField.Collaborators] = 0.2, [TextField.InterventionTypes] = 0.2, [TextField.ArmGroupTypes] = 0.2, [TextField.Locations] = 0.1,
        },
        [SearchArea.Intervention] = new Dictionary<TextField, double>
        {
            [TextField.InterventionNames] = 0.95, [TextField.InterventionTypes] = 0.85, [TextField.ArmGroupTypes] = 0.85,
            [TextField.InterventionOtherNames] = 0.75, [TextField.InterventionMeshTerms] = 0.5, [TextField.InterventionAncestorTerms] = 0.4,
        },
        [SearchArea.Titles] = new Dictionary<TextField, double> { [TextField.NctIdAndAcronym] = 1.0, [TextField.BriefTitle] = 1.0, [TextField.OfficialTitle] = 1.0 },
        [SearchArea.Outcome] = new Dictionary<TextField, double> { [TextField.Outcomes] = 1.0 },
        [SearchArea.Sponsor] = new Dictionary<TextField, double> { [TextField.LeadSponsor] = 1.0, [TextField.Collaborators] = 0.9 },
        [SearchArea.LeadSponsor] = new Dictionary<TextField, double> { [TextField.LeadSponsor] = 1.0 },
        [SearchArea.Location] = new Dictionary<TextField, double> { [TextField.Locations] = 1.0 },
        [SearchArea.Id] = new Dictionary<TextField, double> { [TextField.Identifiers] = 1.0, [TextField.NctIdAndAcronym] = 1.0 },
        [SearchArea.Patient] = new Dictionary<TextField, double>
        {
            [TextField.Conditions] = 0.95, [TextField.BriefTitle] = 0.8, [TextField.ConditionMeshTerms] = 0.6, [TextField.Keywords] = 0.55,
            [TextField.BriefSummary] = 0.5, [TextField.ConditionAncestorTerms] = 0.4, [TextField.InterventionNames] = 0.4, [TextField.OfficialTitle] = 0.4,
            [TextField.Locations] = 0.2,
        },
    };

    private static readonly Dictionary<string, SearchArea> ByParameter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["query.cond"] = SearchArea.Condition, ["query.term"] = SearchArea.Term, ["query.intr"] = SearchArea.Intervention,
        ["query.titles"] = SearchArea.Titles, ["query.outc"] = SearchArea.Outcome, ["query.spons"] = SearchArea.Sponsor,
        ["query.lead"] = SearchArea.LeadSponsor, ["query.locn"] = SearchArea.Location, ["query.id"] = SearchArea.Id,
        ["query.patient"] = SearchArea.Patient,
    };

    /// <summary>The fields an area searches and their weights.</summary>
    public static IReadOnlyDictionary<TextField, double> FieldWeights(SearchArea area) => Weights[area];

    public static bool TryParseParameter(string name, out SearchArea area) => ByParameter.TryGetValue(name, out area);

    public static string Parameter(SearchArea area) => ByParameter.First(p => p.Value == area).Key;
}
