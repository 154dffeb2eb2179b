using System.Runtime.CompilerServices;
using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Benchmarks;

/// <summary>
/// A measuring device, not a store: accepts every batch and keeps nothing, so the import pipeline can be timed
/// without storage (the "parse only" rate). It still derives the index row, as a real store would.
/// </summary>
internal sealed class DiscardingStore : IStudyStore
{
    public Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<UpsertOutcome>>(batch.Select(_ => UpsertOutcome.Imported).ToArray());

    public Task<StoredStudy?> FindAsync(string nctId, CancellationToken ct) => Task.FromResult<StoredStudy?>(null);

    public async IAsyncEnumerable<StoredStudy> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct) =>
        Task.FromResult(new StoreStatistics(0, Empty, Empty, Empty, Empty, Empty, null));

    public Task<FieldValueStats> GetFieldValuesAsync(FieldValuePiece piece, CancellationToken ct) => throw new NotSupportedException();

    public Task<Core.Search.SearchResult> SearchAsync(Core.Search.SearchRequest request, CancellationToken ct) =>
        Task.FromResult(new Core.Search.SearchResult([], 0, null, null));

    public Task<Core.Search.SearchBreakdown> BreakdownAsync(Core.Search.SearchRequest request, CancellationToken ct) =>
        Task.FromResult(new Core.Search.SearchBreakdown(0, [], [], [], [], [], []));

    public Task<Core.Search.VocabularySummary> ReplaceVocabularyAsync(Core.Vocabulary.MeshVocabulary vocabulary, CancellationToken ct) =>
        Task.FromResult(new Core.Search.VocabularySummary(0, 0, 0));

    public Task<Core.Vocabulary.MeshVocabulary?> GetVocabularyAsync(CancellationToken ct) => Task.FromResult<Core.Vocabulary.MeshVocabulary?>(null);

    public Task<bool> IsFreshAsync(CancellationToken ct) => Task.FromResult(true);

    public Task RecordImportRunAsync(ImportRunRecord run, IEnumerable<RecordReject> rejects, CancellationToken ct) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<string, Core.Eligibility.Constraints.ParsedCriteria>> GetParsedCriteriaAsync(IReadOnlyCollection<string> nctIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, Core.Eligibility.Constraints.ParsedCriteria>>(new Dictionary<string, Core.Eligibility.Constraints.ParsedCriteria>());

    public Task<ParsedCriteriaCounts> CountParsedCriteriaAsync(CancellationToken ct) => Task.FromResult(new ParsedCriteriaCounts(0, 0));

    public Task<int> UpdateParsedCriteriaAsync(int batchSize, CancellationToken ct) => Task.FromResult(0);

    public Task<Core.Eligibility.Screening.OpenTrialSet> GetOpenTrialSetAsync(CancellationToken ct) => Task.FromResult(Core.Eligibility.Screening.OpenTrialSet.Empty);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static readonly Dictionary<string, long> Empty = [];
}
