using System.Text.Json.Nodes;

namespace Trialdex.Web.Features.Studies;

/// <summary>
/// The <c>fields=</c> parameter: ClinicalTrials.gov piece names (<c>NCTId|BriefTitle|OverallStatus</c>) or dot paths
/// (<c>protocolSection.statusModule</c>), separated by '|' or ','. Selecting keeps each path's place in the document.
/// </summary>
internal sealed record FieldSelection(IReadOnlyList<(string Name, string[] Path)> Fields, string? Error)
{
    private static readonly Dictionary<string, string> Pieces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NCTId"] = "protocolSection.identificationModule.nctId",
        ["BriefTitle"] = "protocolSection.identificationModule.briefTitle",
        ["OfficialTitle"] = "protocolSection.identificationModule.officialTitle",
        ["Acronym"] = "protocolSection.identificationModule.acronym",
        ["OrgStudyId"] = "protocolSection.identificationModule.orgStudyIdInfo.id",
        ["OverallStatus"] = "protocolSection.statusModule.overallStatus",
        ["StartDate"] = "protocolSection.statusModule.startDateStruct.date",
        ["CompletionDate"] = "protocolSection.statusModule.completionDateStruct.date",
        ["LastUpdatePostDate"] = "protocolSection.statusModule.lastUpdatePostDateStruct.date",
        ["StudyFirstPostDate"] = "protocolSection.statusModule.studyFirstPostDateStruct.date",
        ["LeadSponsorName"] = "protocolSection.sponsorCollaboratorsModule.leadSponsor.name",
        ["LeadSponsorClass"] = "protocolSection.sponsorCollaboratorsModule.leadSponsor.class",
        ["BriefSummary"] = "protocolSection.descriptionModule.briefSummary",
        ["Condition"] = "protocolSection.conditionsModule.conditions",
        ["Keyword"] = "protocolSection.conditionsModule.keywords",
        ["StudyType"] = "protocolSection.designModule.studyType",
        ["Phase"] = "protocolSection.designModule.phases",
        ["EnrollmentCount"] = "protocolSection.designModule.enrollmentInfo.count",
        ["InterventionName"] = "protocolSection.armsInterventionsModule.interventions.name",
        ["InterventionType"] = "protocolSection.armsInterventionsModule.interventions.type",
        ["EligibilityCriteria"] = "protocolSection.eligibilityModule.eligibilityCriteria",
        ["Sex"] = "protocolSection.eligibilityModule.sex",
        ["MinimumAge"] = "protocolSection.eligibilityModule.minimumAge",
        ["MaximumAge"] = "protocolSection.eligibilityModule.maximumAge",
        ["HealthyVolunteers"] = "protocolSection.eligibilityModule.healthyVolunteers",
        ["LocationFacility"] = "protocolSection.contactsLocationsModule.locations.facility",
        ["LocationCity"] = "protocolSection.contactsLocationsModule.locations.city",
        ["LocationCountry"] = "protocolSection.contactsLocationsModule.locations.country",
        ["ConditionMeshTerm"] = "derivedSection.conditionBrowseModule.meshes.term",
        ["HasResults"] = "hasResults",
    };

    /// <summary>The columns of <c>format=csv</c> when no fields are asked for.</summary>
    public static readonly string[] DefaultCsv =
        ["NCTId", "BriefTitle", "OverallStatus", "Phase", "StudyType", "Condition", "InterventionName", "LeadSponsorName", "EnrollmentCount", "StartDate", "CompletionDate"];

    public bool IsAll => Fields.Count == 0;

    public static FieldSelection Parse(string? text)
    {
        var names = (text ?? "").Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fields = new List<(string, string[])>();
        foreach (var name in names)
        {
            var path = Pieces.GetValueOrDefault(name) ?? (name.Contains('.', StringComparison.Ordinal) || char.IsLower(name[0]) ? name : null);
            if (path is null)
            {
                return new FieldSelection([], $"'{name}' is not a known field; use a piece name such as NCTId, BriefTitle, OverallStatus or a dot path such as protocolSection.statusModule");
            }

            fields.Add((name, path.Split('.')));
        }

        return new FieldSelection(fields, null);
    }

    /// <summary>A copy of <paramref name="study"/> holding only the selected paths.</summary>
    public JsonObject Select(JsonObject study)
    {
        var result = new JsonObject();
        foreach (var (_, path) in Fields)
        {
            Copy(study, result, path);
        }

        return result;
    }

    /// <summary>The values at one field's path, arrays flattened (for CSV).</summary>
    public static IEnumerable<JsonNode> Values(JsonNode? node, string[] path, int depth = 0)
    {
        if (node is null)
        {
            yield break;
        }

        if (node is JsonArray array)
        {
            foreach (var value in array.SelectMany(item => Values(item, path, depth)))
            {
                yield return value;
            }

            yield break;
        }

        if (depth == path.Length)
        {
            yield return node;
            yield break;
        }

        if (node is JsonObject obj && obj.TryGetPropertyValue(path[depth], out var child))
        {
            foreach (var value in Values(child, path, depth + 1))
            {
                yield return value;
            }
        }
    }

    private static void Copy(JsonNode source, JsonObject target, string[] path, int depth = 0)
    {
        if (source is not JsonObject obj || !obj.TryGetPropertyValue(path[depth], out var child) || child is null)
        {
            return;
        }

        if (depth == path.Length - 1)
        {
            target[path[depth]] = child.DeepClone();
            return;
        }

        if (child is JsonArray array)
        {
            var copied = target[path[depth]] as JsonArray ?? new JsonArray(array.Select(_ => (JsonNode?)new JsonObject()).ToArray());
            target[path[depth]] = copied;
            for (var i = 0; i < array.Count && i < copied.Count; i++)
            {
                if (array[i] is { } item && copied[i] is JsonObject slot)
                {
                    Copy(item, slot, path, depth + 1);
                }
            }

            return;
        }

        var next = target[path[depth]] as JsonObject ?? new JsonObject();
        target[path[depth]] = next;
        Copy(child, next, path, depth + 1);
    }
}
