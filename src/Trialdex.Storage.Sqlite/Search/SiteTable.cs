using Microsoft.Data.Sqlite;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Every site of every study, read in one pass: its position, its country and city spelling, listed per study and,
/// for those with coordinates, bucketed by one-degree cell. Distance filters visit only the cells their box overlaps
/// and decide exactly as <see cref="GeoSql.Within"/> (the same box, then the same haversine distance, edge
/// included); the nearest site is measured as <see cref="GeoSql.NearestDistance"/> measures it; and the places of a
/// breakdown are counted as <see cref="SqliteFacets.BreakdownWithSql"/> counts them — a city is its country and its
/// name without ASCII case (SQLite's NOCASE), shown with the BINARY-smallest spelling among the hits' sites, placed
/// at the mean of their positions.
/// </summary>
internal sealed class SiteTable
{
    private const int Rows = 180, Columns = 360;

    private readonly int _size;
    private readonly int[] _studies;          // per site: its study
    private readonly int[] _spelling;         // per site: index into _countries/_cities, -1 without a country
    private readonly double[] _latitudes;     // NaN when the site has none
    private readonly double[] _longitudes;
    private readonly Lists _sitesOf;          // per study: its sites, in rowid order
    private readonly int[] _cellStart;        // sites with coordinates of cell c: _byCell[_cellStart[c] .. _cellStart[c + 1])
    private readonly CellSite[] _byCell;      // what a distance filter reads of each site, cell by cell, so that it reads memory in order
    private readonly string[] _countries;     // per spelling, spellings in (country, city) BINARY order
    private readonly string?[] _cities;
    private readonly int[] _groupOf;          // spelling → its city group
    private readonly int _groups;

    private SiteTable(int size, int[] studies, int[] spelling, double[] latitudes, double[] longitudes, Lists sitesOf,
        (string Country, string? City)[] spellings)
    {
        (_size, _studies, _spelling, _latitudes, _longitudes, _sitesOf) = (size, studies, spelling, latitudes, longitudes, sitesOf);
        (_countries, _cities) = (spellings.Select(s => s.Country).ToArray(), spellings.Select(s => s.City).ToArray());
        var groupIds = new Dictionary<(string, string?), int>();
        _groupOf = spellings.Select(s => groupIds.TryGetValue((s.Country, NoCase(s.City)), out var g) ? g : groupIds[(s.Country, NoCase(s.City))] = groupIds.Count).ToArray();
        _groups = groupIds.Count;

        // A counting sort of the sites with coordinates by cell.
        _cellStart = new int[(Rows * Columns) + 1];
        var located = Enumerable.Range(0, studies.Length).Where(HasPoint).ToArray();
        foreach (var site in located)
        {
            _cellStart[Cell(site) + 1]++;
        }

        for (var c = 1; c < _cellStart.Length; c++)
        {
            _cellStart[c] += _cellStart[c - 1];
        }

        var byCell = new int[located.Length];
        var next = _cellStart[..^1];
        foreach (var site in located)
        {
            byCell[next[Cell(site)]++] = site;
        }

        // Within a cell, sites at the same point (a city's, when geocoded from its name) stand together, so a distance
        // is decided once per point.
        for (var c = 0; c < _cellStart.Length - 1; c++)
        {
            byCell.AsSpan(_cellStart[c], _cellStart[c + 1] - _cellStart[c])
                .Sort((a, b) => (latitudes[a], longitudes[a], a).CompareTo((latitudes[b], longitudes[b], b)));
        }

        _byCell = byCell.Select(site => new CellSite(latitudes[site], longitudes[site], studies[site])).ToArray();
    }

    /// <summary>
    /// A site with coordinates as a distance filter reads it: its point, its study, and its point as a unit vector
    /// (x, y, z) in single precision, which tells most sites inside or outside a circle without trigonometry.
    /// </summary>
    private readonly struct CellSite
    {
        public CellSite(double latitude, double longitude, int study)
        {
            (Latitude, Longitude, Study) = (latitude, longitude, study);
            var (x, y, z) = Unit(latitude, longitude);
            (X, Y, Z) = ((float)x, (float)y, (float)z);
        }

        public double Latitude { get; }

        public double Longitude { get; }

        public int Study { get; }

        public float X { get; }

        public float Y { get; }

        public float Z { get; }
    }

    public long Bytes => (60L * _studies.Length) + _sitesOf.Bytes + (4L * (_cellStart.Length + _groupOf.Length)) + _cities.Sum(c => 48L + (2L * (c?.Length ?? 0)));

    /// <summary>Reads the sites of studies with ids below <paramref name="size"/>; call inside the snapshot's read transaction.</summary>
    public static SiteTable Build(SqliteConnection connection, int size)
    {
        var sitesOf = new Lists.Builder(size);
        var spellingIds = new Dictionary<(string Country, string? City), int>();
        var (studies, spelling, latitudes, longitudes) = (new List<int>(), new List<int>(), new List<double>(), new List<double>());
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT study_id, country, city, latitude, longitude FROM study_locations";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var study = checked((int)reader.GetInt64(0));
                if (study >= size)
                {
                    continue;
                }

                var id = -1;
                if (!reader.IsDBNull(1))
                {
                    var key = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                    if (!spellingIds.TryGetValue(key, out id))
                    {
                        spellingIds[key] = id = spellingIds.Count;
                    }
                }

                sitesOf.Add(study, studies.Count);
                studies.Add(study);
                spelling.Add(id);
                latitudes.Add(reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3));
                longitudes.Add(reader.IsDBNull(4) ? double.NaN : reader.GetDouble(4));
            }
        }

        // Renumber spellings in (country, city) BINARY order, so the smallest of a group is its min(city).
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

        return new SiteTable(size, [.. studies], spelling.Select(s => s < 0 ? -1 : renumber[s]).ToArray(), [.. latitudes], [.. longitudes], sitesOf.Build(), ordered);
    }

    /// <summary>The studies with a site inside <paramref name="geo"/>, as a bit per id.</summary>
    public ulong[] Within(GeoDistance geo)
    {
        var inside = new ulong[(_size + 63) / 64];
        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = GeoSql.Box(geo);
        var centre = Unit(geo.Latitude, geo.Longitude);
        var cosine = Math.Cos(Math.Min(Math.PI, geo.RadiusKm / GeoDistance.EarthRadiusKm));
        for (var row = Row(minLatitude); row <= Row(maxLatitude); row++)
        {
            for (var column = Column(minLongitude); column <= Column(maxLongitude); column++)
            {
                var cell = (row * Columns) + column;
                var (pointLatitude, pointLongitude, pointInside) = (double.NaN, double.NaN, false);
                foreach (ref readonly var site in _byCell.AsSpan(_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]))
                {
                    var (latitude, longitude) = (site.Latitude, site.Longitude);
                    if (latitude != pointLatitude || longitude != pointLongitude)
                    {
                        (pointLatitude, pointLongitude) = (latitude, longitude);
                        pointInside = latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude
                            && Inside(site, geo, centre, cosine);
                    }

                    if (pointInside)
                    {
                        inside[site.Study >> 6] |= 1UL << (site.Study & 63);
                    }
                }
            }
        }

        return inside;
    }

    /// <summary>
    /// Whether a site lies within the circle, as <see cref="GeoDistance.DistanceKm"/> decides: the cosine of its angle
    /// to the centre (a dot product of unit vectors) settles every site clearly inside or outside; the few within
    /// about a metre per kilometre of radius of the edge are decided by the haversine distance itself.
    /// </summary>
    private static bool Inside(in CellSite site, GeoDistance geo, (double X, double Y, double Z) centre, double cosine)
    {
        const double Margin = 1e-6;
        var dot = (site.X * centre.X) + (site.Y * centre.Y) + (site.Z * centre.Z);
        return dot > cosine + Margin
            || (dot >= cosine - Margin && GeoDistance.DistanceKm(site.Latitude, site.Longitude, geo.Latitude, geo.Longitude) <= geo.RadiusKm);
    }

    private static (double X, double Y, double Z) Unit(double latitude, double longitude)
    {
        var (phi, lambda) = (double.DegreesToRadians(latitude), double.DegreesToRadians(longitude));
        return (Math.Cos(phi) * Math.Cos(lambda), Math.Cos(phi) * Math.Sin(lambda), Math.Sin(phi));
    }

    /// <summary>The distance from the centre of <paramref name="geo"/> to the study's nearest site with coordinates; null when it has none.</summary>
    public double? NearestKm(int id, GeoDistance geo)
    {
        if (id < 0 || id >= _size)
        {
            return null;
        }

        double? nearest = null;
        foreach (var site in _sitesOf.Of(id))
        {
            if (HasPoint(site))
            {
                var distance = GeoDistance.DistanceKm(_latitudes[site], _longitudes[site], geo.Latitude, geo.Longitude);
                nearest = nearest is { } shortest ? Math.Min(shortest, distance) : distance;
            }
        }

        return nearest;
    }

    /// <summary>Studies per city over <paramref name="hits"/> (distinct study ids), most first, then by country and city.</summary>
    public List<PlaceCount> Places(ReadOnlySpan<int> hits)
    {
        var (studies, lastStudy, first) = (new long[_groups], new int[_groups], new int[_groups]);
        var (latitudeSum, latitudeCount, longitudeSum, longitudeCount) = (new double[_groups], new long[_groups], new double[_groups], new long[_groups]);
        Array.Fill(lastStudy, -1);
        Array.Fill(first, int.MaxValue);
        foreach (var id in hits)
        {
            if (id < 0 || id >= _size)
            {
                continue;
            }

            foreach (var site in _sitesOf.Of(id))
            {
                var spelling = _spelling[site];
                if (spelling < 0)
                {
                    continue;
                }

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

    private bool HasPoint(int site) => !double.IsNaN(_latitudes[site]) && !double.IsNaN(_longitudes[site]);

    private int Cell(int site) => (Row(_latitudes[site]) * Columns) + Column(_longitudes[site]);

    private static int Row(double latitude) => Math.Clamp((int)Math.Floor(latitude + 90), 0, Rows - 1);

    private static int Column(double longitude) => Math.Clamp((int)Math.Floor(longitude + 180), 0, Columns - 1);

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
