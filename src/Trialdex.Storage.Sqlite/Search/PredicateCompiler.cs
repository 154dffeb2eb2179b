using System.Globalization;
using Trialdex.Core.Search;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Compiles a parsed query into a SQL condition over <c>studies s</c>. Each maximal text subtree becomes one FTS5
/// MATCH over the columns of its area; AREA[Field] on a value, date or number field becomes a column condition.
/// The positive words are collected for ranking.
/// </summary>
internal sealed class PredicateCompiler
{
    private readonly SqlParameters _parameters;
    private readonly string _parameterName;

    public PredicateCompiler(SqlParameters parameters, string parameterName)
    {
        _parameters = parameters;
        _parameterName = parameterName;
    }

    public string Compile(QueryNode node, IReadOnlyDictionary<TextField, double> fields)
    {
        if (FtsExpression.IsText(node))
        {
            return $"s.id IN (SELECT rowid FROM study_fts WHERE study_fts MATCH {_parameters.Add(FtsExpression.Build(node, fields).ToMatch())})";
        }

        return node switch
        {
            AndNode and => "(" + string.Join(" AND ", and.Children.Select(c => Compile(c, fields))) + ")",
            OrNode or => "(" + string.Join(" OR ", or.Children.Select(c => Compile(c, fields))) + ")",
            NotNode not => "NOT " + Compile(not.Operand, fields),
            ModifierNode modifier => Compile(FtsExpression.Apply(modifier, _parameterName), fields),
            SearchNode search => Scoped(search, fields),
            AreaNode area => Area(area),
            RangeNode range => Range(range),
            MissingNode missing => Missing(missing),
            _ => throw Error($"cannot search for {node}"),
        };
    }

    /// <summary>SEARCH[Location](…) must match within one site; SEARCH[Study](…) is the whole study, as without it.</summary>
    private string Scoped(SearchNode search, IReadOnlyDictionary<TextField, double> fields) => search.Scope.ToUpperInvariant() switch
    {
        "LOCATION" => new LocationPredicate(_parameters, _parameterName).Compile(search.Operand),
        "STUDY" => Compile(search.Operand, fields),
        _ => throw Error($"SEARCH[{search.Scope}] is not a part this server can scope to; use SEARCH[Location] (one site) or SEARCH[Study]"),
    };

    private string Area(AreaNode area)
    {
        var field = Field(area.Field);
        return field.Kind switch
        {
            SearchFieldKind.Text => Compile(area.Operand, field.TextFields),
            SearchFieldKind.Value => Values(field, area.Operand),
            _ => throw Error($"AREA[{field.Name}] holds a {field.Kind.ToString().ToLowerInvariant()}: search it with RANGE[from, to] or MISSING"),
        };
    }

    private string Values(SearchField field, QueryNode operand) => operand switch
    {
        TextNode text => ValueCondition(field.Column!, string.Join(' ', text.Words)),
        OrNode or => "(" + string.Join(" OR ", or.Children.Select(c => Values(field, c))) + ")",
        AndNode and => "(" + string.Join(" AND ", and.Children.Select(c => Values(field, c))) + ")",
        NotNode not => "NOT " + Values(field, not.Operand),
        _ => throw Error($"AREA[{field.Name}] takes values such as {ValueExample(field.Column!)}"),
    };

    private string ValueCondition(string column, string text)
    {
        var value = Normalise(column, text);
        var p = _parameters.Add(value);
        return column switch
        {
            "phase" => $"EXISTS (SELECT 1 FROM study_phases x WHERE x.study_id = s.id AND x.phase = {p})",
            "country" => $"EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id AND x.country = {p} COLLATE NOCASE)",
            "location_status" => $"EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id AND x.status = {p})",
            "std_age" => $"(' ' || s.std_ages || ' ') LIKE ('% ' || {p} || ' %')",
            _ => $"s.{column} = {p}",
        };
    }

    /// <summary>"Not yet recruiting" → NOT_YET_RECRUITING, "Phase 2" → PHASE2, "yes" → 1 for flags; countries as written.</summary>
    private static object Normalise(string column, string text) => column switch
    {
        "country" => text,
        "healthy_volunteers" or "has_results" => text.ToUpperInvariant() is "TRUE" or "YES" or "Y" or "1" ? 1 : 0,
        "phase" => text.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal) switch
        {
            "0" or "EARLYPHASE1" or "EARLY_PHASE1" => "EARLY_PHASE1",
            var p when p.Length == 1 && char.IsDigit(p[0]) => "PHASE" + p,
            var p => p,
        },
        _ => text.ToUpperInvariant().Replace(' ', '_').Replace(',', '_').Replace("__", "_", StringComparison.Ordinal),
    };

    private static string ValueExample(string column) => column switch
    {
        "phase" => "PHASE2 or (PHASE2 OR PHASE3)",
        "overall_status" => "RECRUITING",
        "country" => "\"United States\"",
        _ => "one of its API values",
    };

    private string Range(RangeNode range)
    {
        var field = Field(range.Field);
        if (field.Kind is not (SearchFieldKind.Date or SearchFieldKind.Number))
        {
            throw Error($"RANGE needs a date or number field; {field.Name} is not one");
        }

        var conditions = new List<string>();
        if (!range.Min.IsOpen)
        {
            conditions.Add($"s.{field.Column} >= {_parameters.Add(Bound(field, range.Min, upper: false))}");
        }

        if (!range.Max.IsOpen)
        {
            conditions.Add($"s.{field.Column} <= {_parameters.Add(Bound(field, range.Max, upper: true))}");
        }

        return conditions.Count == 0 ? $"s.{field.Column} IS NOT NULL" : "(" + string.Join(" AND ", conditions) + ")";
    }

    private object Bound(SearchField field, RangeBound bound, bool upper)
    {
        if (field.Kind == SearchFieldKind.Date)
        {
            var date = (upper ? bound.LastDate : bound.Date) ?? throw Error($"'{bound.Text}' is not a date for {field.Name}");
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (field.Column is "min_age_days" or "max_age_days")
        {
            return bound.AgeDays ?? throw Error($"'{bound.Text}' is not an age for {field.Name} (say 18 years, 6 months)");
        }

        return (double?)bound.Number ?? throw Error($"'{bound.Text}' is not a number for {field.Name}");
    }

    private string Missing(MissingNode missing)
    {
        var field = Field(missing.Field);
        return field.Column switch
        {
            null => throw Error($"MISSING applies to value, date and number fields; {field.Name} is text"),
            "phase" => "NOT EXISTS (SELECT 1 FROM study_phases x WHERE x.study_id = s.id)",
            "country" => "NOT EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id AND x.country IS NOT NULL)",
            "location_status" => "NOT EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id AND x.status IS NOT NULL)",
            "std_age" => "s.std_ages = ''",
            var column => $"s.{column} IS NULL",
        };
    }

    private SearchField Field(string name) =>
        SearchFields.Find(name) ?? throw Error($"unknown field '{name}' in AREA[…]; known fields include {string.Join(", ", SearchFields.Names.Take(12))}, …");

    private SearchException Error(string message) => new(_parameterName, message);
}
