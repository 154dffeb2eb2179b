using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// The values every facet counts, coded in arrays indexed by study id, so that counting a hit set is a pass over its
/// ids in memory instead of ten scans joining <c>search_hits</c> to the store. Immutable once built; read by any
/// number of searches at once. Each value is what the SQL of <see cref="SqliteFacets"/> reads, evaluated by SQLite
/// at build time (the ages LIKE, <c>healthy_volunteers = 1</c>), so counts equal the SQL ones. It also holds what
/// searches answered from memory need (<see cref="RankedHits"/>): each study's rank in NCT id order, to break score
/// ties as <c>ORDER BY nct_id</c> does, and the sites by grid cell for distance filters.
/// </summary>
internal sealed partial class FacetSnapshot
{
    /// <summary>Single-valued facets: the key, the SELECT expression, and whether a NULL counts as a value.</summary>
    private static readonly (string Key, string Column, bool CountsNull)[] Columns =
    [
        ("studyType", "study_type", false),
        ("status", "overall_status", false),
        ("results", "has_results", true),
        ("healthy", "CASE WHEN healthy_volunteers = 1 THEN healthy_volunteers END", false),
        ("sex", "sex", false),
        ("funderType", "lead_sponsor_class", false),
    ];

    private static readonly string[] Ages = ["CHILD", "ADULT", "OLDER_ADULT"];

    private readonly int _size;
    private readonly byte[][] _codes;             // per column: 0 = not counted (absent study, or NULL), else 1 + index into _values
    private readonly string[][] _values;
    private readonly byte[] _ages;                // bit i: std_ages holds Ages[i] (as the LIKE of the SQL decides)
    private readonly ushort[] _phases;            // bit i: study_phases holds _phaseNames[i]
    private readonly string[] _phaseNames;
    private readonly Lists _countries;            // ids into _countryNames, in the order studies.countries lists them
    private readonly string[] _countryNames;
    private readonly Lists _conditions;           // condition spellings, ordered by group so a study's group repeats are adjacent
    private readonly string[] _spellings;         // distinct study_conditions.name in SQLite BINARY order
    private readonly int[] _groupOf;              // spelling → its NOCASE group
    private readonly int _groups;
    private readonly int[] _years;                // 0 = no start date, else 1 + index into _yearNames
    private readonly string[] _yearNames;
    private readonly int[] _enrollments;          // 0 = no enrollment, else 1 + index into _enrollmentNames
    private readonly string[] _enrollmentNames;
    private readonly Dictionary<string, (int[] Ranks, object[] Values)> _sortRanks;   // per sortable field: rank of the study's value (0 = none), and the distinct values in order
    private readonly ushort[] _collaborators;     // bit i: collaborator_classes holds CollaboratorClasses[i] (as the LIKE of the SQL decides)
    private readonly int[] _nctRanks;             // each study's position in NCT id order (ORDER BY nct_id), for ties in ranking

    private FacetSnapshot(int size, byte[][] codes, string[][] values, byte[] ages, ushort[] phases, string[] phaseNames,
        Lists countries, string[] countryNames, Lists conditions, string[] spellings, int[] groupOf, int groups, (int[] Codes, string[] Names) years, (int[] Codes, string[] Names) enrollments, int[] nctRanks, SiteTable sites, ushort[] collaborators, Dictionary<string, (int[] Ranks, object[] Values)> sortRanks)
    {
        (_nctRanks, Sites, _collaborators, _sortRanks) = (nctRanks, sites, collaborators, sortRanks);
        (_years, _yearNames, _enrollments, _enrollmentNames) = (years.Codes, years.Names, enrollments.Codes, enrollments.Names);
        (_size, _codes, _values, _ages, _phases, _phaseNames) = (size, codes, values, ages, phases, phaseNames);
        (_countries, _countryNames, _conditions, _spellings, _groupOf, _groups) = (countries, countryNames, conditions, spellings, groupOf, groups);
    }

    /// <summary>Approximate bytes held, for the benchmark report.</summary>
    public long Bytes =>
        _codes.Sum(c => (long)c.Length) + _ages.Length + (2L * _phases.Length) + _countries.Bytes + _conditions.Bytes + (4L * _groupOf.Length)
        + (4L * (_years.Length + _enrollments.Length + _nctRanks.Length)) + (2L * _collaborators.Length) + _sortRanks.Values.Sum(r => (4L * r.Ranks.Length) + (48L * r.Values.Length)) + Sites.Bytes + ConditionMesh.Bytes + ValueBits.Bytes + _spellings.Sum(s => 24L + (2L * s.Length)) + _countryNames.Sum(s => 24L + (2L * s.Length));

    /// <summary>Studies per city over <paramref name="hits"/> (ascending study ids), as <see cref="Core.Search.SearchBreakdown.Places"/>.</summary>
    public List<PlaceCount> Places(ReadOnlySpan<int> hits) => Sites.Places(hits);

    /// <summary>The studies of each condition MeSH term: for MeSH expansions.</summary>
    public ConditionMeshIndex ConditionMesh { get; private init; } = ConditionMeshIndex.Empty;

    /// <summary>Every study's sites: for distance filters, nearest sites and places.</summary>
    public SiteTable Sites { get; }

    /// <summary>The study's position in NCT id order; studies the snapshot does not know come last.</summary>
    public int NctRank(int id) => id >= 0 && id < _size ? _nctRanks[id] : int.MaxValue;

    /// <summary>Raw counts per facet over <paramref name="hits"/>, shaped like the rows the SQL of <see cref="SqliteFacets"/> returns.</summary>
    public Dictionary<string, List<FacetCount>> Count(ReadOnlySpan<int> hits)
    {
        var columnCounts = Columns.Select((_, c) => new long[_values[c].Length + 1]).ToArray();
        var ageCounts = new long[Ages.Length];
        var phaseCounts = new long[_phaseNames.Length];
        var countryCounts = new long[_countryNames.Length];
        var groupCounts = new int[_groups];
        var groupFirst = new int[_groups];    // the smallest spelling id seen, plus one
        foreach (var hit in hits)
        {
            if (hit < 0 || hit >= _size)
            {
                continue;
            }

            var id = hit;
            for (var c = 0; c < _codes.Length; c++)
            {
                columnCounts[c][_codes[c][id]]++;
            }

            for (int a = 0, bits = _ages[id]; a < Ages.Length; a++)
            {
                ageCounts[a] += (bits >> a) & 1;
            }

            for (int p = 0, bits = _phases[id]; bits != 0; p++, bits >>= 1)
            {
                phaseCounts[p] += bits & 1;
            }

            foreach (var country in _countries.Of(id))
            {
                countryCounts[country]++;
            }

            var previous = -1;
            foreach (var spelling in _conditions.Of(id))
            {
                var group = _groupOf[spelling];
                if (group != previous)
                {
                    groupCounts[group]++;
                    previous = group;
                }

                if (groupFirst[group] == 0 || spelling < groupFirst[group] - 1)
                {
                    groupFirst[group] = spelling + 1;
                }
            }
        }

        var counts = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal);
        for (var c = 0; c < Columns.Length; c++)
        {
            counts[Columns[c].Key] = _values[c].Select((v, i) => new FacetCount(v, columnCounts[c][i + 1])).Where(f => f.Count > 0).ToList();
        }

        counts["ages"] = Ages.Select((a, i) => new FacetCount(a, ageCounts[i])).ToList();
        counts["phase"] = _phaseNames.Select((p, i) => new FacetCount(p, phaseCounts[i])).Where(f => f.Count > 0).ToList();
        counts["country"] = _countryNames.Select((c, i) => new FacetCount(c, countryCounts[i])).Where(f => f.Count > 0).ToList();
        counts["condition"] = TopConditions(groupCounts, groupFirst);
        return counts;
    }

    /// <summary>
    /// Raw counts for <see cref="Core.Search.SearchBreakdown"/> over <paramref name="hits"/>: statuses and phases as stored,
    /// start years, enrollments, and countries from each study's distinct site countries (unordered; the caller orders).
    /// </summary>
    public (List<FacetCount> Statuses, List<FacetCount> Phases, List<FacetCount> Years, List<FacetCount> Enrollments, List<FacetCount> Countries) Landscape(ReadOnlySpan<int> hits)
    {
        var status = Array.FindIndex(Columns, c => c.Key == "status");
        var statusCounts = new long[_values[status].Length + 1];
        var phaseCounts = new long[_phaseNames.Length];
        var yearCounts = new long[_yearNames.Length + 1];
        var enrollmentCounts = new long[_enrollmentNames.Length + 1];
        var countryCounts = new long[_countryNames.Length];
        foreach (var hit in hits)
        {
            if (hit < 0 || hit >= _size)
            {
                continue;
            }

            var id = hit;
            statusCounts[_codes[status][id]]++;
            yearCounts[_years[id]]++;
            enrollmentCounts[_enrollments[id]]++;
            for (int p = 0, bits = _phases[id]; bits != 0; p++, bits >>= 1)
            {
                phaseCounts[p] += bits & 1;
            }

            foreach (var country in _countries.Of(id))
            {
                countryCounts[country]++;
            }
        }

        static List<FacetCount> Listed(string[] names, long[] counts, int shift) =>
            names.Select((n, i) => new FacetCount(n, counts[i + shift])).Where(f => f.Count > 0).ToList();
        return (Listed(_values[status], statusCounts, 1), Listed(_phaseNames, phaseCounts, 0), Listed(_yearNames, yearCounts, 1),
            Listed(_enrollmentNames, enrollmentCounts, 1), Listed(_countryNames, countryCounts, 0));
    }

    /// <summary>The 25 largest groups, ties by the spelling shown (the BINARY-smallest among the hits, as min(name)).</summary>
    private List<FacetCount> TopConditions(int[] groupCounts, int[] groupFirst)
    {
        var top = new PriorityQueue<int, (int Count, int First)>(Comparer<(int Count, int First)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.First.CompareTo(a.First)));
        for (var g = 0; g < groupCounts.Length; g++)
        {
            if (groupCounts[g] > 0)
            {
                top.Enqueue(g, (groupCounts[g], groupFirst[g]));
                if (top.Count > SqliteFacets.TopConditions)
                {
                    top.Dequeue();
                }
            }
        }

        var result = new List<FacetCount>(top.Count);
        while (top.TryDequeue(out var g, out _))
        {
            result.Add(new FacetCount(_spellings[groupFirst[g] - 1], groupCounts[g]));
        }

        result.Reverse();
        return result;
    }
}
