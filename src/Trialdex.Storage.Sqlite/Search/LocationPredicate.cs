using Trialdex.Core.Search;
using Trialdex.Core.Search.Query;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Compiles the operand of <c>SEARCH[Location](…)</c> into one condition over a single site (<c>study_locations x</c>),
/// so "SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Maine)" needs one site in Portland,
/// Maine. Facility, city, state and zip match when they contain every word (case-insensitive); country and site
/// status match exactly; bare words match any of the site's text fields.
/// </summary>
internal sealed class LocationPredicate(SqlParameters parameters, string parameterName)
{
    private static readonly Dictionary<string, string> TextColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LocationFacility"] = "x.facility",
        ["LocationCity"] = "x.city",
        ["LocationState"] = "x.state",
        ["LocationZip"] = "x.zip",
    };

    public string Compile(QueryNode operand) =>
        $"EXISTS (SELECT 1 FROM study_locations x WHERE x.study_id = s.id AND {Site(operand)})";

    private string Site(QueryNode node) => node switch
    {
        AndNode and => "(" + string.Join(" AND ", and.Children.Select(Site)) + ")",
        OrNode or => "(" + string.Join(" OR ", or.Children.Select(Site)) + ")",
        NotNode not => "NOT " + Site(not.Operand),
        ModifierNode modifier => Site(modifier.Operand),
        TextNode text => "(" + string.Join(" OR ", TextColumns.Values.Append("x.country").Select(c => Contains(c, text))) + ")",
        AreaNode area => Area(area.Field, area.Operand),
        MissingNode missing when TextColumns.TryGetValue(missing.Field, out var column) => $"{column} IS NULL",
        _ => throw Error($"inside SEARCH[Location](…) only site fields can be searched ({Known}); '{node}' is not one"),
    };

    private string Area(string field, QueryNode operand)
    {
        if (operand is AndNode or OrNode or NotNode)
        {
            return Site(Rewrap(field, operand));
        }

        if (operand is not TextNode text)
        {
            throw Error($"AREA[{field}] inside SEARCH[Location] takes words or a quoted phrase");
        }

        if (TextColumns.TryGetValue(field, out var column))
        {
            return Contains(column, text);
        }

        var value = string.Join(' ', text.Words);
        return field.ToUpperInvariant() switch
        {
            "LOCATIONCOUNTRY" => $"x.country = {parameters.Add(value)} COLLATE NOCASE",
            "LOCATIONSTATUS" => $"x.status = {parameters.Add(value.ToUpperInvariant().Replace(' ', '_').Replace(',', '_'))}",
            _ => throw Error($"inside SEARCH[Location](…) only site fields can be searched ({Known}); {field} is not one"),
        };
    }

    /// <summary>AREA[F](a OR b) is AREA[F]a OR AREA[F]b: the field distributes over the operand's boolean structure.</summary>
    private static QueryNode Rewrap(string field, QueryNode operand) => operand switch
    {
        AndNode and => new AndNode([.. and.Children.Select(c => Rewrap(field, c))]),
        OrNode or => new OrNode([.. or.Children.Select(c => Rewrap(field, c))]),
        NotNode not => new NotNode(Rewrap(field, not.Operand)),
        _ => new AreaNode(field, operand, operand.Span),
    };

    private string Contains(string column, TextNode text) =>
        "(" + string.Join(" AND ", text.Words.Select(w => $"instr(lower({column}), lower({parameters.Add(w)})) > 0")) + ")";

    private static string Known => "LocationFacility, LocationCity, LocationState, LocationZip, LocationCountry, LocationStatus";

    private SearchException Error(string message) => new(parameterName, message);
}
