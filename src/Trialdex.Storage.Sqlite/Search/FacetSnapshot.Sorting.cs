using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>Each study's place in the order of every sortable column, as SQLite's ORDER BY compares the stored values.</summary>
internal sealed partial class FacetSnapshot
{
    /// <summary>
    /// The study's rank by <paramref name="field"/> (a key of <see cref="SqliteSearch.SortColumns"/>): 1 for the
    /// smallest value, equal values equal ranks; 0 when the study has no value.
    /// </summary>
    public int SortRank(string field, int id) => id >= 0 && id < _size ? _sortRanks[field][id] : 0;

    private static Dictionary<string, int[]> ReadSortRanks(SqliteConnection connection, int size)
    {
        var ranks = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (field, column) in SqliteSearch.SortColumns)
        {
            var rank = new int[size];
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT id, {column} FROM studies WHERE {column} IS NOT NULL ORDER BY {column}";
            using var reader = command.ExecuteReader();
            object? previous = null;
            var current = 0;
            while (reader.Read())
            {
                var value = reader.GetValue(1);
                if (previous is null || !value.Equals(previous))
                {
                    (previous, current) = (value, current + 1);
                }

                rank[checked((int)reader.GetInt64(0))] = current;
            }

            ranks[field] = rank;
        }

        return ranks;
    }
}
