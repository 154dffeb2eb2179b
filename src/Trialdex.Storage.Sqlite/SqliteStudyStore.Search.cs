using Trialdex.Core.Search;
using Trialdex.Core.Vocabulary;
using Trialdex.Storage.Sqlite.Search;

namespace Trialdex.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    private readonly SemaphoreSlim _vocabularyLock = new(1, 1);
    private MeshVocabulary? _vocabulary;
    private MeshExpansion? _mesh;
    private bool _meshLoaded;
    private readonly StoreSnapshots<FacetSnapshot> _facets;
    private readonly StoreSnapshots<Search.Text.TextIndex> _texts;
    private const long DefaultSearchCacheBytes = 64L << 20;
    private readonly SearchCache<RankedHits> _results = RankedHits.Cache(DefaultSearchCacheBytes);
    private readonly SearchCache<SearchBreakdown> _breakdowns = SqliteSearch.BreakdownCache(DefaultSearchCacheBytes / 8);

    /// <summary>How many searches reused ranked hits from the cache, and how many read them; for benchmarks.</summary>
    public (long Hits, long Misses) SearchCacheLookups => _results.Lookups;

    /// <summary>
    /// Memory for the ranked hits of recent searches (default 64 MiB), which their next pages, their facets and the
    /// same search asked again reuse until the next commit, and an eighth of it again for the breakdowns of the charts
    /// and maps; 0 turns both off.
    /// </summary>
    public long SearchCacheBytes
    {
        get => _results.MaxBytes;
        set => (_results.MaxBytes, _breakdowns.MaxBytes) = (value, value / 8);
    }

    /// <summary>Forgets every cached search, so the next ones match and score from the index; for benchmarks.</summary>
    public void ClearSearchCache()
    {
        _results.Clear();
        _breakdowns.Clear();
    }

    /// <summary>The facet snapshot's last build (duration and approximate bytes), null before the first; for benchmarks.</summary>
    public (TimeSpan Duration, long Bytes)? FacetSnapshotBuild => _facets.LastBuild;

    /// <summary>
    /// Whether searches match and score text from an in-memory text index (default) or from FTS5 only. The index
    /// costs memory (about 1.1 GiB at 500,000 studies) and a background build after each commit; without it broad
    /// searches read and score every match from disk.
    /// </summary>
    public bool TextIndexEnabled { get; set; } = true;

    /// <summary>The text index's last build (duration and approximate bytes), null before the first; for benchmarks.</summary>
    public (TimeSpan Duration, long Bytes)? TextIndexBuild => _texts.LastBuild;

    /// <summary>
    /// Starts building the in-memory arrays and text index searches are answered from, if they are not in place. A
    /// server calls it when it starts; otherwise the first search that counts facets starts the builds.
    /// </summary>
    public void PrepareSearches()
    {
        _facets.TryGetFresh();
        if (TextIndexEnabled)
        {
            _texts.TryGetFresh();
        }
    }

    /// <summary>Waits until facets count from a snapshot of what is committed now (starting its build when needed); for benchmarks and tests.</summary>
    public Task WaitForFacetSnapshotAsync(CancellationToken ct) => _facets.WaitForFreshAsync(ct);

    /// <summary>Waits until searches match and score from a text index of what is committed now (starting its build when needed); for benchmarks and tests.</summary>
    public Task WaitForTextIndexAsync(CancellationToken ct) => _texts.WaitForFreshAsync(ct);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var mesh = request.Areas.ContainsKey(SearchArea.Condition) || request.Areas.ContainsKey(SearchArea.Patient)
            ? await MeshAsync(ct).ConfigureAwait(false)
            : null;
        return await RunAsync(connection => SqliteSearch.Run(connection, request, mesh, _facets, TextIndexEnabled ? _texts : null, _results), ct).ConfigureAwait(false);
    }

    public async Task<SearchBreakdown> BreakdownAsync(SearchRequest request, CancellationToken ct)
    {
        var mesh = request.Areas.ContainsKey(SearchArea.Condition) || request.Areas.ContainsKey(SearchArea.Patient)
            ? await MeshAsync(ct).ConfigureAwait(false)
            : null;
        return await RunAsync(connection => SqliteSearch.Breakdown(connection, request, mesh, _facets, TextIndexEnabled ? _texts : null, _breakdowns, _results), ct).ConfigureAwait(false);
    }

    public async Task<VocabularySummary> ReplaceVocabularyAsync(MeshVocabulary vocabulary, CancellationToken ct)
    {
        var summary = await RunAsync(connection => SqliteVocabulary.Replace(connection, vocabulary), ct).ConfigureAwait(false);
        await _vocabularyLock.WaitAsync(ct).ConfigureAwait(false);
        _meshLoaded = false;
        _vocabularyLock.Release();
        return summary;
    }

    public async Task<MeshVocabulary?> GetVocabularyAsync(CancellationToken ct)
    {
        await MeshAsync(ct).ConfigureAwait(false);
        return _vocabulary;
    }

    /// <summary>The stored vocabulary as an expansion, loaded once per store and reloaded after a vocabulary import.</summary>
    private async Task<MeshExpansion?> MeshAsync(CancellationToken ct)
    {
        await _vocabularyLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!_meshLoaded)
            {
                Remember(await RunAsync(SqliteVocabulary.Load, ct).ConfigureAwait(false));
            }

            return _mesh;
        }
        finally
        {
            _vocabularyLock.Release();
        }
    }

    /// <summary>
    /// The stored vocabulary for synchronous work already holding <paramref name="connection"/> (building the open
    /// trial set): the one loaded, else loaded through that connection — and remembered when the lock is free at once,
    /// so that this never blocks a thread on the lock (a concurrent load reads the same tables).
    /// </summary>
    private MeshVocabulary? Vocabulary(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        if (!_vocabularyLock.Wait(0))
        {
            return SqliteVocabulary.Load(connection);
        }

        try
        {
            if (!_meshLoaded)
            {
                Remember(SqliteVocabulary.Load(connection));
            }

            return _vocabulary;
        }
        finally
        {
            _vocabularyLock.Release();
        }
    }

    private void Remember(MeshVocabulary? vocabulary)
    {
        _vocabulary = vocabulary;
        _mesh = vocabulary is null ? null : new MeshExpansion(vocabulary);
        _meshLoaded = true;
    }
}
