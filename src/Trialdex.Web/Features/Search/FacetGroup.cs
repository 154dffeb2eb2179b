namespace Trialdex.Web.Features.Search;

/// <summary>
/// One filter of the search page: its URL parameter (<c>phase=2</c>), the aggFilters key and facet it maps to
/// (<c>phase:2</c>), its legend, and the label of each value. Countries are free values (see <see cref="SearchQuery"/>).
/// </summary>
internal sealed record FacetGroup(string Parameter, string FacetKey, string Legend, IReadOnlyDictionary<string, string> Labels)
{
    public static readonly IReadOnlyList<FacetGroup> All =
    [
        new("status", "status", "Recruitment status", Labelled(
            ("rec", "Recruiting"), ("not", "Not yet recruiting"), ("enr", "Enrolling by invitation"), ("act", "Active, not recruiting"),
            ("com", "Completed"), ("sus", "Suspended"), ("ter", "Terminated"), ("wit", "Withdrawn"), ("unk", "Unknown status"),
            ("ava", "Available"), ("nla", "No longer available"), ("tna", "Temporarily not available"), ("afm", "Approved for marketing"), ("wh", "Withheld"))),
        new("phase", "phase", "Phase", Labelled(
            ("0", "Early phase 1"), ("1", "Phase 1"), ("2", "Phase 2"), ("3", "Phase 3"), ("4", "Phase 4"), ("NA", "Not applicable"))),
        new("type", "studyType", "Study type", Labelled(("int", "Interventional"), ("obs", "Observational"), ("exp", "Expanded access"))),
        new("sex", "sex", "Sex", Labelled(("all", "All"), ("f", "Female"), ("m", "Male"))),
        new("ages", "ages", "Age group", Labelled(("child", "Child (under 18)"), ("adult", "Adult (18 to 64)"), ("older", "Older adult (65+)"))),
        new("healthy", "healthy", "Healthy volunteers", Labelled(("y", "Accepts healthy volunteers"))),
        new("funder", "funderType", "Funder type", Labelled(("nih", "NIH"), ("fed", "Other U.S. federal agency"), ("industry", "Industry"), ("other", "Other"))),
        new("results", "results", "Results", Labelled(("with", "With results"), ("without", "Without results"))),
    ];

    public string Label(string value) => Labels.GetValueOrDefault(value, value);

    private static Dictionary<string, string> Labelled(params (string Value, string Label)[] labels) =>
        labels.ToDictionary(l => l.Value, l => l.Label, StringComparer.Ordinal);
}
