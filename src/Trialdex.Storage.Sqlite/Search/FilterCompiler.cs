using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>Compiles filter.* / postFilter.* / aggFilters into a SQL condition over <c>studies s</c>.</summary>
internal static class FilterCompiler
{
    public static string Compile(StudyFilter filter, SqlParameters parameters)
    {
        var conditions = new List<string>();
        if (filter.OverallStatus.Count > 0)
        {
            conditions.Add("s.overall_status IN " + parameters.AddList(filter.OverallStatus));
        }

        if (filter.Ids.Count > 0)
        {
            conditions.Add("s.nct_id IN " + parameters.AddList(filter.Ids));
        }

        foreach (var (key, values) in filter.Aggregates)
        {
            var stored = values.SelectMany(v => AggregateFilters.Keys[key][v]).Distinct(StringComparer.Ordinal).ToList();
            conditions.Add(Aggregate(key, stored, parameters));
        }

        return conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
    }

    private static string Aggregate(string key, List<string> stored, SqlParameters parameters) => key switch
    {
        "phase" => $"EXISTS (SELECT 1 FROM study_phases x WHERE x.study_id = s.id AND x.phase IN {parameters.AddList(stored)})",
        "studyType" => $"s.study_type IN {parameters.AddList(stored)}",
        "status" => $"s.overall_status IN {parameters.AddList(stored)}",
        "results" => $"s.has_results IN {parameters.AddList(stored.Select(v => (object)long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)))}",
        "healthy" => "s.healthy_volunteers = 1",
        "sex" => $"s.sex IN {parameters.AddList(stored.Concat(stored.Contains("ALL") ? [] : ["ALL"]))}",
        "ages" => "(" + string.Join(" OR ", stored.Select(v => $"(' ' || s.std_ages || ' ') LIKE {parameters.Add("% " + v + " %")}")) + ")",
        "funderType" => "(s.lead_sponsor_class IN " + parameters.AddList(stored) + " OR "
            + string.Join(" OR ", stored.Select(v => $"(' ' || s.collaborator_classes || ' ') LIKE {parameters.Add("% " + v + " %")}")) + ")",
        _ => throw new SearchException("aggFilters", $"unknown key '{key}'"),
    };
}
