using System.Text.Json;

namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// Reads the UCUM-LHC definitions file (<c>ucumDefs.min.json</c> of the npm package <c>@lhncbc/ucum-lhc</c>): an
/// object with "prefixes" and "units", each a "config" list of column names and a "data" list of rows. Columns are
/// found by name, so a release that adds or reorders columns still reads.
/// </summary>
internal static class UcumDefinitionsReader
{
    public static (Dictionary<string, double> Prefixes, List<UcumUnit> Units) Read(Stream stream, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
            var root = document.RootElement;
            var prefixes = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var row in Rows(root, "prefixes", out var prefixColumns))
            {
                prefixes[Text(row, prefixColumns, "code_")] = Number(row, prefixColumns, "value_");
            }

            var units = Rows(root, "units", out var unitColumns).Select(row => Unit(row, unitColumns)).ToList();
            return units.Count == 0 ? throw Invalid(source, "it lists no units") : (prefixes, units);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw Invalid(source, e.Message, e);
        }
    }

    private static UcumUnit Unit(JsonElement row, Dictionary<string, int> columns)
    {
        var dimension = columns.TryGetValue("dim_", out var d) && row[d].ValueKind == JsonValueKind.Array
            ? [.. row[d].EnumerateArray().Select(v => v.GetInt32())]
            : Array.Empty<int>();
        var code = Text(row, columns, "csCode_");
        return new UcumUnit(
            code,
            Text(row, columns, "ciCode_", code.ToUpperInvariant()),
            Text(row, columns, "name_"),
            Text(row, columns, "printSymbol_", code),
            Text(row, columns, "property_"),
            Number(row, columns, "magnitude_"),
            Flag(row, columns, "isMetric_") || Flag(row, columns, "isBase_"),
            Flag(row, columns, "isSpecial_"),
            Flag(row, columns, "isArbitrary_"))
        {
            Dimension = UnitDimension.From(dimension, (int)Number(row, columns, "moleExp_")),
        };
    }

    private static IEnumerable<JsonElement> Rows(JsonElement root, string table, out Dictionary<string, int> columns)
    {
        var section = root.GetProperty(table);
        columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var column in section.GetProperty("config").EnumerateArray())
        {
            // A column may be a list of the names it is known by, as ["dim_", "dimVec_"] is.
            var name = column.ValueKind == JsonValueKind.Array ? column[0].GetString() : column.GetString();
            columns.TryAdd(name ?? string.Empty, index++);
        }

        return section.GetProperty("data").EnumerateArray();
    }

    private static string Text(JsonElement row, Dictionary<string, int> columns, string name, string fallback = "") =>
        columns.TryGetValue(name, out var i) && i < row.GetArrayLength() && row[i].ValueKind == JsonValueKind.String
            ? row[i].GetString() ?? fallback
            : fallback;

    private static double Number(JsonElement row, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < row.GetArrayLength() && row[i].ValueKind == JsonValueKind.Number
            ? row[i].GetDouble()
            : 0;

    private static bool Flag(JsonElement row, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < row.GetArrayLength() && row[i].ValueKind == JsonValueKind.True;

    private static InvalidDataException Invalid(string source, string reason, Exception? inner = null) =>
        new($"'{source}' is not a UCUM-LHC definitions file (ucumDefs.min.json): {reason}", inner);
}
