using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Benchmarks;

/// <summary>
/// A measuring device around a real store: adds up the wall time spent storing batches, so an import can say whether
/// its single writer or its decoding set the pace (a writer busy for nearly the whole run is the bottleneck).
/// </summary>
internal sealed class TimedStore(IStudyStore inner) : IStudyStore
{
    private readonly System.Diagnostics.Stopwatch _busy = new();

    /// <summary>Time spent in <see cref="UpsertAsync"/>; batches are stored one at a time, so these never overlap.</summary>
    public TimeSpan Busy => _busy.Elapsed;

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct)
    {
        _busy.Start();
        try
        {
            return await inner.UpsertAsync(batch, ct);
        }
        finally
        {
            _busy.Stop();
        }
    }

    public Task<StoredStudy?> FindAsync(string nctId, CancellationToken ct) => inner.FindAsync(nctId, ct);

    public IAsyncEnumerable<StoredStudy> ExportAsync(CancellationToken ct) => inner.ExportAsync(ct);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct) => inner.GetStatisticsAsync(ct);

    public Task<FieldValueStats> GetFieldValuesAsync(FieldValuePiece piece, CancellationToken ct) => inner.GetFieldValuesAsync(piece, ct);

    public Task<Core.Search.SearchResult> SearchAsync(Core.Search.SearchRequest request, CancellationToken ct) => inner.SearchAsync(request, ct);

    public Task<Core.Search.SearchBreakdown> BreakdownAsync(Core.Search.SearchRequest request, CancellationToken ct) => inner.BreakdownAsync(request, ct);

    public Task<Core.Search.VocabularySummary> ReplaceVocabularyAsync(Core.Vocabulary.MeshVocabulary vocabulary, CancellationToken ct) =>
        inner.ReplaceVocabularyAsync(vocabulary, ct);

    public Task<Core.Vocabulary.MeshVocabulary?> GetVocabularyAsync(CancellationToken ct) => inner.GetVocabularyAsync(ct);

    public Task<bool> IsFreshAsync(CancellationToken ct) => inner.IsFreshAsync(ct);

    public Task RecordImportRunAsync(ImportRunRecord run, IEnumerable<RecordReject> rejects, CancellationToken ct) => inner.RecordImportRunAsync(run, rejects, ct);

    public Task<IReadOnlyDictionary<string, Core.Eligibility.Constraints.ParsedCriteria>> GetParsedCriteriaAsync(IReadOnlyCollection<string> nctIds, CancellationToken ct) =>
        inner.GetParsedCriteriaAsync(nctIds, ct);

    public Task<ParsedCriteriaCounts> CountParsedCriteriaAsync(CancellationToken ct) => inner.CountParsedCriteriaAsync(ct);

    public Task<int> UpdateParsedCriteriaAsync(int batchSize, CancellationToken ct) => inner.UpdateParsedCriteriaAsync(batchSize, ct);

    public Task<Core.Eligibility.Screening.OpenTrialSet> GetOpenTrialSetAsync(CancellationToken ct) => inner.GetOpenTrialSetAsync(ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
