namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// What recent searches computed — the ranked hits of a selection, or a breakdown for the charts and maps — so that
/// the next page of a search, its facets or the same search asked again by another visitor reuse it instead of
/// matching, scoring and counting again. Entries belong to one
/// <see cref="FacetSnapshot"/>: a commit makes the snapshot stale, searches then run on SQL until a fresh snapshot
/// replaces it, and the first lookup with the new snapshot drops every entry of the old one. Least recently used
/// entries go first once the hits held pass the bound.
/// </summary>
internal sealed class SearchCache<T>(long maxBytes, Func<T, long> bytesOf)
    where T : class
{
    private long _maxBytes = maxBytes;


    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, T Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, T Value)> _recent = new();
    private FacetSnapshot? _snapshot;
    private long _bytes;

    /// <summary>The bound on bytes held; 0 keeps nothing. Lowering it drops entries at once.</summary>
    public long MaxBytes
    {
        get
        {
            lock (_lock)
            {
                return _maxBytes;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            lock (_lock)
            {
                _maxBytes = value;
                Evict();
            }
        }
    }

    /// <summary>How many lookups found their hits held, and how many read them; for the benchmark report.</summary>
    public (long Hits, long Misses) Lookups { get; private set; }

    public T GetOrRead(FacetSnapshot snapshot, string key, Func<T> read)
    {
        lock (_lock)
        {
            if (_snapshot != snapshot)
            {
                Clear(snapshot);
            }
            else if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                Lookups = (Lookups.Hits + 1, Lookups.Misses);
                return node.Value.Value;
            }

            Lookups = (Lookups.Hits, Lookups.Misses + 1);
        }

        var hits = read();
        lock (_lock)
        {
            if (_snapshot == snapshot && !_entries.ContainsKey(key) && bytesOf(hits) <= _maxBytes)
            {
                _entries[key] = _recent.AddFirst((key, hits));
                _bytes += bytesOf(hits);
                Evict();
            }
        }

        return hits;
    }

    private void Evict()
    {
        while (_bytes > _maxBytes && _recent.Last is { } oldest)
        {
            _recent.RemoveLast();
            _entries.Remove(oldest.Value.Key);
            _bytes -= bytesOf(oldest.Value.Value);
        }
    }

    /// <summary>Drops every entry (benchmarks measure searches that find nothing held).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            Clear(null);
        }
    }

    private void Clear(FacetSnapshot? snapshot)
    {
        _entries.Clear();
        _recent.Clear();
        _bytes = 0;
        _snapshot = snapshot;
    }
}
