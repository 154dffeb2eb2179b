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

    public void BindTo(SqliteCommand command)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            command.Parameters.AddWithValue("$a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), _values[i] ?? DBNull.Value);
        }
    }
}
