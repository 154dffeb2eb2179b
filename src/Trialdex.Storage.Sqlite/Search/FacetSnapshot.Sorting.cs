using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Search.Query;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>Each study's place in the order of every sortable column, as SQLite's ORDER BY compares the stored values.</summary>
internal sealed partial class FacetSnapshot
{
    /// <summary>
    /// The study's rank by <paramref name="field"/> (a key of <see cref="SqliteSearch.SortColumns"/>): 1 for the
    /// smallest value, equal values equal ranks; 0 when the study has no value.
    /// </summary>
    public int SortRank(string field, int id) => id >= 0 && id < _size ? _sortRanks[field].Ranks[id] : 0;

    /// <summary>
    /// The studies filter.advanced keeps, when it is a date RANGE on a sortable field (or an AND of such), decided on
    /// the ranks as the SQL of <see cref="PredicateCompiler"/> decides it (dates compared as the stored ISO text);
    /// null for any other expression, which the SQL decides. <paramref name="key"/> names what was decided.
    /// </summary>
    public ulong[]? AdvancedBits(QueryNode advanced, out string key)
    {
        key = "";
        var ranges = new List<(string Field, string? From, string? To)>();
        if (!DateRanges(advanced, ranges))
        {
            return null;
        }

        var bits = (ulong[])ValueBits.Held.Clone();
        foreach (var (field, from, to) in ranges)
        {
            var (ranks, values) = _sortRanks[field];
            if (!values.All(v => v is string text && System.Text.Ascii.IsValid(text)))
            {
                return null;
            }

            // Ranks are 1 + the index of the value among the distinct values in order.
            var low = from is null ? 1 : 1 + Count(values, v => string.CompareOrdinal((string)v, from) < 0);
            var high = to is null ? values.Length : Count(values, v => string.CompareOrdinal((string)v, to) <= 0);
            for (var id = 0; id < _size; id++)
            {
                var rank = ranks[id];
                if (rank == 0 || rank < low || rank > high)
                {
                    bits[id >> 6] &= ~(1UL << (id & 63));
                }
            }

            key += $"\u001erange:{field}:{from}:{to}";
        }

        return bits;
    }

    /// <summary>How many of the ascending <paramref name="values"/> satisfy <paramref name="below"/> (true for a first run of them).</summary>
    private static int Count(object[] values, Func<object, bool> below)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = below(values[middle]) ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The date ranges of <paramref name="node"/>, when it is one or an AND of them, each on a field with sort ranks.</summary>
    private static bool DateRanges(QueryNode node, List<(string Field, string? From, string? To)> ranges)
    {
        switch (node)
        {
            case AndNode and:
                return and.Children.All(c => DateRanges(c, ranges));
            case RangeNode range when SearchFields.Find(range.Field) is { Kind: SearchFieldKind.Date } field
                && SqliteSearch.SortColumns.FirstOrDefault(c => c.Value == field.Column).Key is { } sortField:
                string? from = null, to = null;
                if (!range.Min.IsOpen)
                {
                    if (range.Min.Date is not { } first)
                    {
                        return false;
                    }

                    from = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                if (!range.Max.IsOpen)
                {
                    if (range.Max.LastDate is not { } last)
                    {
                        return false;
                    }

                    to = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                ranges.Add((sortField, from, to));
                return true;
            default:
                return false;
        }
    }

    private static Dictionary<string, (int[] Ranks, object[] Values)> ReadSortRanks(SqliteConnection connection, int size)
    {
        var ranks = new Dictionary<string, (int[] Ranks, object[] Values)>(StringComparer.Ordinal);
        foreach (var (field, column) in SqliteSearch.SortColumns)
        {
            var rank = new int[size];
            var values = new List<object>();
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
                    values.Add(value);
                }

                rank[checked((int)reader.GetInt64(0))] = current;
            }

            ranks[field] = (rank, [.. values]);
        }

        return ranks;
    }
}
