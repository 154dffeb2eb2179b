using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>Collects a query's parameter values; user text only ever reaches SQL through these.</summary>
internal sealed class SqlParameters
{
    private readonly List<object?> _values = [];

    public string Add(object? value)
    {
        _values.Add(value);
        return "$a" + (_values.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string AddList(IEnumerable<object?> values) => "(" + string.Join(", ", values.Select(Add)) + ")";

    /// <summary>Every value with its type and length, in order: with the SQL text, what identifies the query.</summary>
    public string Key => string.Concat(_values.Select(v =>
    {
        var text = v switch
        {
            null => "",
            double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString() ?? "",
        };
        return (v?.GetType().Name ?? "null") + ":" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + text + ";";
    }));

    public void BindTo(SqliteCommand command)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            command.Parameters.AddWithValue("$a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), _values[i] ?? DBNull.Value);
        }
    }
}
