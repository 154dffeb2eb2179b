using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Every hit of one selection with its relevance score, held in memory so that the page, the total and the facets
/// come from arrays: no temporary tables, no join back to the store for ordering. Ordered as the SQL path orders
/// (score descending, then NCT id) with the snapshot's NCT id ranks. Immutable once read, except for the facet
/// counts, which are counted at most once per instance and then shared by every request that reuses it.
/// </summary>
internal sealed class RankedHits
{
    private readonly int[] _ids;
    private readonly double[] _scores;
    private IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? _facets;

    private RankedHits(int[] ids, double[] scores) => (_ids, _scores) = (ids, scores);

    public int Count => _ids.Length;

    /// <summary>The hits' study ids, in ascending order.</summary>
    public int[] SortedIds()
    {
        var ids = _ids.ToArray();
        Array.Sort(ids);
        return ids;
    }

    /// <summary>The post-filter that keeps every hit.</summary>
    public static Func<int, bool> All { get; } = _ => true;

    /// <summary>The hits <paramref name="keep"/> accepts, with their scores (facets are not carried over).</summary>
    public RankedHits Where(Func<int, bool> keep)
    {
        var (ids, scores) = (new List<int>(), new List<double>());
        for (var i = 0; i < _ids.Length; i++)
        {
            if (keep(_ids[i]))
            {
                ids.Add(_ids[i]);
                scores.Add(_scores[i]);
            }
        }

        return new RankedHits([.. ids], [.. scores]);
    }

    /// <summary>
    /// Reads the hits of <paramref name="selection"/> and scores those the ranking expression matches; a distance
    /// filter the selection keeps for memory is applied with <paramref name="snapshot"/>'s sites. With a
    /// <paramref name="text"/> index of the same committed state, text is matched and scored from it instead of
    /// FTS5 (the same hits and the very same scores, without reading every match's row from disk).
    /// </summary>
    public static RankedHits Read(SqliteConnection connection, SearchSelection selection, FacetSnapshot? snapshot = null, Text.TextIndex? text = null)
    {
        var inside = selection.Geo is { } geo
            ? (snapshot ?? throw new InvalidOperationException("a distance filter in memory needs the snapshot")).Sites.Within(geo)
            : null;
        var kept = BitSets.Both(inside, selection.Filter);
        bool Keep(int id) => kept is null || (id >> 6 < kept.Length && (kept[id >> 6] & (1UL << (id & 63))) != 0);
        if (selection.RankSelectsExactly)
        {
            // With filters or a distance, only the studies they keep are scored.
            return text is null
                ? ReadRanked(connection, selection, Keep, scoreOnlyKept: kept is not null)
                : Scored(text.Search(selection.Rank.Query, selection.Rank.WeightValues, kept));
        }

        // With the text index the ranking is read first, into a memo, so that the selection reuses its phrases.
        using var memo = text?.NewMemo(selection.Rank.WeightValues);
        var ranked = text is null || selection.Rank.IsEmpty
            ? ((int[] Ids, double[] Scores)?)null
            : text.Search(selection.Rank.Query, selection.Rank.WeightValues, kept, memo);
        var ids = new List<int>();
        if (selection.MemoryAreas is { } areas)
        {
            var held = snapshot ?? throw new InvalidOperationException("a MeSH expansion in memory needs the snapshot");
            var bits = AreaBits(connection, areas, held, text, memo);
            var heldBits = held.ValueBits.Held;
            for (var w = 0; w < bits.Length; w++)
            {
                bits[w] &= heldBits[w] & (kept is null ? ulong.MaxValue : w < kept.Length ? kept[w] : 0);
            }

            ids.EnsureCapacity(BitSets.Count(bits));
            for (var w = 0; w < bits.Length; w++)
            {
                for (var word = bits[w]; word != 0; word &= word - 1)
                {
                    ids.Add((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word));
                }
            }
        }
        else if (selection.SelectsAll && snapshot is not null && kept is not null)
        {
            for (var id = 0; id < snapshot.Size; id++)
            {
                if (snapshot.Holds(id) && Keep(id))
                {
                    ids.Add(id);
                }
            }
        }
        else if (text is not null && selection.TextMatch is { } match)
        {
            ids.AddRange(Array.FindAll(text.Matches(match, memo), id => Keep(id)));
        }
        else
        {
            using var command = selection.SelectCommand(connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = checked((int)reader.GetInt64(0));
                if (Keep(id))
                {
                    ids.Add(id);
                }
            }
        }

        var scores = new double[ids.Count];
        if (ranked is { } rankedByIndex)
        {
            var (matched, matchedScores) = rankedByIndex;
            if (!Ascending(ids))
            {
                ids.Sort();
            }

            for (int i = 0, j = 0; i < ids.Count && j < matched.Length;)
            {
                // Both ascending: every study the ranking expression matches gets its score, the others keep 0.
                if (ids[i] == matched[j])
                {
                    scores[i++] = matchedScores[j++];
                }
                else if (ids[i] < matched[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }
        else if (!selection.Rank.IsEmpty && ids.Count > 0)
        {
            var index = new Dictionary<int, int>(ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                index[ids[i]] = i;
            }

            try
            {
                using var command = selection.RankCommand(connection, index.ContainsKey);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    scores[index[checked((int)reader.GetInt64(0))]] = reader.GetDouble(1);
                }
            }
            finally
            {
                SearchSelection.ForgetKeep(connection);
            }
        }

        return new RankedHits([.. ids], scores);
    }

    /// <summary>The studies in every area, as bits by study id: each area's MATCH, with the studies its MeSH expansion reaches.</summary>
    private static ulong[] AreaBits(SqliteConnection connection, IReadOnlyList<MemoryArea> areas, FacetSnapshot snapshot, Text.TextIndex? text, Text.TextIndex.Memo? memo)
    {
        ulong[]? all = null;
        foreach (var area in areas)
        {
            var bits = new ulong[(snapshot.Size + 63) >> 6];
            if (text?.MatchBits(area.Query, memo) is { } matched)
            {
                // Ids at or beyond the snapshot's size are left out.
                matched.AsSpan(0, Math.Min(matched.Length, bits.Length)).CopyTo(bits);
                if ((snapshot.Size & 63) != 0 && bits.Length > 0)
                {
                    bits[^1] &= (1UL << (snapshot.Size & 63)) - 1;
                }
            }

            if (text is null)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT rowid FROM study_fts WHERE study_fts MATCH $match";
                command.Parameters.AddWithValue("$match", area.Query.ToMatch());
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var id = reader.GetInt64(0);
                    if (id < snapshot.Size)
                    {
                        bits[id >> 6] |= 1UL << (int)(id & 63);
                    }
                }
            }

            if (area.Expansion is { } expansion)
            {
                snapshot.ConditionMesh.AddTo(bits, expansion);
            }

            if (all is null)
            {
                all = bits;
            }
            else
            {
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] &= bits[i];
                }
            }
        }

        return all ?? new ulong[(snapshot.Size + 63) >> 6];
    }

    private static bool Ascending(List<int> ids)
    {
        for (var i = 1; i < ids.Count; i++)
        {
            if (ids[i] < ids[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static RankedHits Scored((int[] Ids, double[] Scores) hits) => new(hits.Ids, hits.Scores);

    /// <summary>Ids and scores from the ranking query alone, when it matches exactly the selection (scoring only the kept ones when asked).</summary>
    private static RankedHits ReadRanked(SqliteConnection connection, SearchSelection selection, Func<int, bool> keep, bool scoreOnlyKept)
    {
        var ids = new List<int>();
        var scores = new List<double>();
        try
        {
            using var command = selection.RankCommand(connection, scoreOnlyKept ? keep : null);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = checked((int)reader.GetInt64(0));
                if (keep(id))
                {
                    ids.Add(id);
                    scores.Add(reader.GetDouble(1));
                }
            }
        }
        finally
        {
            if (scoreOnlyKept)
            {
                SearchSelection.ForgetKeep(connection);
            }
        }

        return new RankedHits([.. ids], [.. scores]);
    }

    /// <summary>Approximate bytes held, for the cache's bound.</summary>
    public long Bytes => 64 + (12L * _ids.Length);

    /// <summary>A cache of ranked hits bounded by <paramref name="maxBytes"/>.</summary>
    public static SearchCache<RankedHits> Cache(long maxBytes) => new(maxBytes, hits => hits.Bytes);

    /// <summary>The facet counts of these hits, counted once with <paramref name="snapshot"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets(FacetSnapshot snapshot)
    {
        if (Volatile.Read(ref _facets) is { } counted)
        {
            return counted;
        }

        var facets = SqliteFacets.Count(snapshot, _ids);
        return Interlocked.CompareExchange(ref _facets, facets, null) ?? facets;
    }

    /// <summary>
    /// The first <paramref name="count"/> hits in the requested order, as (study id, score): as the SQL path orders
    /// them — by score descending when <paramref name="sort"/> is empty, else by each key (a field's missing values
    /// last either way; distance to the centre of <paramref name="geo"/>'s nearest site), ties by NCT id.
    /// </summary>
    public IReadOnlyList<(int Id, double Score)> Top(int count, FacetSnapshot snapshot, IReadOnlyList<SortKey> sort, Core.Geo.GeoDistance? geo)
    {
        var keys = sort.Count == 0 ? [new SortKey("@relevance", true)] : sort;
        var distances = keys.Any(k => k.Field == "distance") && geo is not null
            ? _ids.Select(id => snapshot.Sites.NearestKm(id, geo)).ToArray()
            : null;
        int Compare(int a, int b)
        {
            foreach (var key in keys)
            {
                var order = key.Field switch
                {
                    "@relevance" => _scores[b].CompareTo(_scores[a]),
                    "NCTId" => Directed(snapshot.NctRank(_ids[a]).CompareTo(snapshot.NctRank(_ids[b])), key),
                    "distance" => distances is null ? 0 : Directed(Nullable.Compare(distances[a], distances[b]), key),
                    _ => MissingLast(snapshot.SortRank(key.Field, _ids[a]), snapshot.SortRank(key.Field, _ids[b]), key),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return snapshot.NctRank(_ids[a]).CompareTo(snapshot.NctRank(_ids[b]));
        }

        // A heap of the best seen so far whose root is the worst of them: a hit replaces the root when it ranks above it.
        var heap = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => Compare(b, a)));
        for (var i = 0; i < _ids.Length && count > 0; i++)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(i, i);
            }
            else if (Compare(i, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(i, i);
            }
        }

        var top = new List<(int, double)>(heap.Count);
        while (heap.TryDequeue(out var i, out _))
        {
            top.Add((_ids[i], _scores[i]));
        }

        top.Reverse();
        return top;
    }

    private static int Directed(int order, SortKey key) => key.Descending ? -order : order;

    /// <summary>Ranks by a column: missing values (rank 0) after every value, ascending or descending.</summary>
    private static int MissingLast(int a, int b, SortKey key) =>
        (a == 0, b == 0) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => Directed(a.CompareTo(b), key),
        };
}
