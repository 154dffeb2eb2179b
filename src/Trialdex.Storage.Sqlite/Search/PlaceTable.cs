using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Every site that names a country, with its city spelling and position, listed per study: the places of a
/// breakdown (studies per city, where the map puts the city) counted from memory as
/// <see cref="SqliteFacets.BreakdownWithSql"/> counts them — a city is its country and its name without ASCII case
/// (SQLite's NOCASE), shown with the BINARY-smallest spelling among the hits' sites, placed at the mean of their
/// positions.
/// </summary>
internal sealed class PlaceTable
{
    private readonly Lists _sitesOf;          // per study: indexes of its sites in the arrays below, in rowid order
    private readonly int[] _spelling;         // per site: index into _countries/_cities, spellings in (country, city) BINARY order
    private readonly double[] _latitudes;     // NaN when the site has none
    private readonly double[] _longitudes;
    private readonly string[] _countries;     // per spelling
    private readonly string?[] _cities;
    private readonly int[] _groupOf;          // spelling → its city group
    private readonly int _groups;

    private PlaceTable(Lists sitesOf, int[] spelling, double[] latitudes, double[] longitudes, string[] countries, string?[] cities, int[] groupOf, int groups) =>
        (_sitesOf, _spelling, _latitudes, _longitudes, _countries, _cities, _groupOf, _groups) = (sitesOf, spelling, latitudes, longitudes, countries, cities, groupOf, groups);

    public long Bytes => _sitesOf.Bytes + (20L * _spelling.Length) + (4L * _groupOf.Length) + _cities.Sum(c => 48L + (2L * (c?.Length ?? 0)));

    /// <summary>Reads the sites of studies with ids below <paramref name="size"/>; call inside the snapshot's read transaction.</summary>
    public static PlaceTable Build(SqliteConnection connection, int size)
    {
        var sitesOf = new Lists.Builder(size);
        var (spellingIds, raw, latitudes, longitudes) = (new Dictionary<(string Country, string? City), int>(), new List<int>(), new List<double>(), new List<double>());
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT study_id, country, city, latitude, longitude FROM study_locations WHERE country IS NOT NULL ORDER BY study_id, rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                if (!spellingIds.TryGetValue(key, out var spelling))
                {
                    spellingIds[key] = spelling = spellingIds.Count;
                }

                sitesOf.Add(checked((int)reader.GetInt64(0)), raw.Count);
                raw.Add(spelling);
                latitudes.Add(reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3));
                longitudes.Add(reader.IsDBNull(4) ? double.NaN : reader.GetDouble(4));
            }
        }

        // Renumber spellings in (country, city) BINARY order, so the smallest id of a group is its min(city).
        var ordered = spellingIds.Keys.Order(Comparer<(string Country, string? City)>.Create((a, b) =>
        {
            var byCountry = CodePointOrder.Instance.Compare(a.Country, b.Country);
            return byCountry != 0 ? byCountry : CodePointOrder.Instance.Compare(a.City, b.City);
        })).ToArray();
        var renumber = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            renumber[spellingIds[ordered[i]]] = i;
        }

        var groupIds = new Dictionary<(string, string?), int>();
        var groupOf = ordered.Select(s => groupIds.TryGetValue((s.Country, NoCase(s.City)), out var g) ? g : groupIds[(s.Country, NoCase(s.City))] = groupIds.Count).ToArray();
        return new PlaceTable(sitesOf.Build(), raw.Select(s => renumber[s]).ToArray(), [.. latitudes], [.. longitudes],
            ordered.Select(s => s.Country).ToArray(), ordered.Select(s => s.City).ToArray(), groupOf, groupIds.Count);
    }

    /// <summary>Studies per city over <paramref name="hits"/> (ascending study ids), most first, then by country and city.</summary>
    public List<PlaceCount> Count(ReadOnlySpan<int> hits, int size)
    {
        var (studies, lastStudy, first) = (new long[_groups], new int[_groups], new int[_groups]);
        var (latitudeSum, latitudeCount, longitudeSum, longitudeCount) = (new double[_groups], new long[_groups], new double[_groups], new long[_groups]);
        Array.Fill(lastStudy, -1);
        Array.Fill(first, int.MaxValue);
        foreach (var id in hits)
        {
            if (id < 0 || id >= size)
            {
                continue;
            }

            foreach (var site in _sitesOf.Of(id))
            {
                var spelling = _spelling[site];
                var group = _groupOf[spelling];
                if (lastStudy[group] != id)
                {
                    (lastStudy[group], studies[group]) = (id, studies[group] + 1);
                }

                first[group] = Math.Min(first[group], spelling);
                if (!double.IsNaN(_latitudes[site]))
                {
                    (latitudeSum[group], latitudeCount[group]) = (latitudeSum[group] + _latitudes[site], latitudeCount[group] + 1);
                }

                if (!double.IsNaN(_longitudes[site]))
                {
                    (longitudeSum[group], longitudeCount[group]) = (longitudeSum[group] + _longitudes[site], longitudeCount[group] + 1);
                }
            }
        }

        var places = new List<PlaceCount>();
        for (var g = 0; g < _groups; g++)
        {
            if (studies[g] > 0)
            {
                places.Add(new PlaceCount(_countries[first[g]], _cities[first[g]],
                    latitudeCount[g] == 0 ? null : latitudeSum[g] / latitudeCount[g], longitudeCount[g] == 0 ? null : longitudeSum[g] / longitudeCount[g], studies[g]));
            }
        }

        return places.OrderByDescending(p => p.Studies).ThenBy(p => p.Country, CodePointOrder.Instance).ThenBy(p => p.City!, CodePointOrder.Instance).ToList();
    }

    /// <summary>A city name as SQLite's NOCASE compares it: ASCII letters folded, nothing else.</summary>
    private static string? NoCase(string? city) =>
        city is null ? null : string.Create(city.Length, city, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = text[i] is >= 'A' and <= 'Z' ? (char)(text[i] + 32) : text[i];
            }
        });
}
