using Microsoft.Data.Sqlite;
using Trialdex.Core.Geo;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Every site with coordinates, bucketed by one-degree cell, so that a distance filter visits only the cells its
/// box overlaps instead of looking up the sites of each candidate study. Decides exactly as
/// <see cref="GeoSql.Within"/>: the same box, then the same haversine distance, edge included.
/// </summary>
internal sealed class SiteGrid
{
    private const int Rows = 180, Columns = 360;

    private readonly int[] _cellStart;     // sites of cell c are [_cellStart[c], _cellStart[c + 1])
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly int[] _studies;
    private readonly int[] _studyStart;    // the sites of study i are _studySites[_studyStart[i] .. _studyStart[i + 1]), as positions in the arrays above
    private readonly int[] _studySites;
    private readonly int _size;

    private SiteGrid(int size, int[] cellStart, double[] latitudes, double[] longitudes, int[] studies)
    {
        (_size, _cellStart, _latitudes, _longitudes, _studies) = (size, cellStart, latitudes, longitudes, studies);
        _studyStart = new int[size + 1];
        foreach (var study in studies)
        {
            if (study < size)
            {
                _studyStart[study + 1]++;
            }
        }

        for (var i = 1; i <= size; i++)
        {
            _studyStart[i] += _studyStart[i - 1];
        }

        _studySites = new int[_studyStart[size]];
        var next = _studyStart[..^1];
        for (var at = 0; at < studies.Length; at++)
        {
            if (studies[at] < size)
            {
                _studySites[next[studies[at]]++] = at;
            }
        }
    }

    public long Bytes => (4L * (_cellStart.Length + _studyStart.Length + _studySites.Length)) + (20L * _studies.Length);

    /// <summary>
    /// The distance from the centre of <paramref name="geo"/> to the study's nearest site with coordinates, as the SQL
    /// of <see cref="GeoSql.NearestDistance"/> computes it; null when it has none.
    /// </summary>
    public double? NearestKm(int id, GeoDistance geo)
    {
        if (id < 0 || id >= _size || _studyStart[id] == _studyStart[id + 1])
        {
            return null;
        }

        var nearest = double.PositiveInfinity;
        for (var i = _studyStart[id]; i < _studyStart[id + 1]; i++)
        {
            var at = _studySites[i];
            nearest = Math.Min(nearest, GeoDistance.DistanceKm(_latitudes[at], _longitudes[at], geo.Latitude, geo.Longitude));
        }

        return nearest;
    }

    /// <summary>Reads the sites of studies with ids below <paramref name="size"/>; call inside the snapshot's read transaction.</summary>
    public static SiteGrid Build(SqliteConnection connection, int size)
    {
        var (latitudes, longitudes, studies) = (new List<double>(), new List<double>(), new List<int>());
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT study_id, latitude, longitude FROM study_locations WHERE latitude IS NOT NULL AND longitude IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                studies.Add(checked((int)reader.GetInt64(0)));
                latitudes.Add(reader.GetDouble(1));
                longitudes.Add(reader.GetDouble(2));
            }
        }

        // A counting sort by cell.
        var cellStart = new int[(Rows * Columns) + 1];
        foreach (var (latitude, longitude) in latitudes.Zip(longitudes))
        {
            cellStart[Cell(latitude, longitude) + 1]++;
        }

        for (var c = 1; c < cellStart.Length; c++)
        {
            cellStart[c] += cellStart[c - 1];
        }

        var next = cellStart[..^1];
        var (sortedLatitudes, sortedLongitudes, sortedStudies) = (new double[studies.Count], new double[studies.Count], new int[studies.Count]);
        for (var i = 0; i < studies.Count; i++)
        {
            var at = next[Cell(latitudes[i], longitudes[i])]++;
            (sortedLatitudes[at], sortedLongitudes[at], sortedStudies[at]) = (latitudes[i], longitudes[i], studies[i]);
        }

        return new SiteGrid(size, cellStart, sortedLatitudes, sortedLongitudes, sortedStudies);
    }

    /// <summary>The studies (ids below the snapshot's size) with a site inside <paramref name="geo"/>, as a bit per id.</summary>
    public ulong[] Within(GeoDistance geo)
    {
        var inside = new ulong[(_size + 63) / 64];
        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = GeoSql.Box(geo);
        for (var row = Row(minLatitude); row <= Row(maxLatitude); row++)
        {
            for (var column = Column(minLongitude); column <= Column(maxLongitude); column++)
            {
                var cell = (row * Columns) + column;
                for (var i = _cellStart[cell]; i < _cellStart[cell + 1]; i++)
                {
                    var (latitude, longitude) = (_latitudes[i], _longitudes[i]);
                    if (latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude
                        && _studies[i] < _size && GeoDistance.DistanceKm(latitude, longitude, geo.Latitude, geo.Longitude) <= geo.RadiusKm)
                    {
                        inside[_studies[i] >> 6] |= 1UL << (_studies[i] & 63);
                    }
                }
            }
        }

        return inside;
    }

    private static int Cell(double latitude, double longitude) => (Row(latitude) * Columns) + Column(longitude);

    private static int Row(double latitude) => Math.Clamp((int)Math.Floor(latitude + 90), 0, Rows - 1);

    private static int Column(double longitude) => Math.Clamp((int)Math.Floor(longitude + 180), 0, Columns - 1);
}
