using Trialdex.Core.Import;
using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Core.Tests.Import;

/// <summary>The pipeline stores batches while it decodes the next ones; that must not change what is stored or reported.</summary>
public sealed class StudyImporterTests
{
    private static IEnumerable<ImportItem> Records(int count, int rejectEvery = 0) =>
        Enumerable.Range(1, count).Select(i => rejectEvery > 0 && i % rejectEvery == 0
            ? (ImportItem)new RawRecord("input.json", i.ToString(System.Globalization.CultureInfo.InvariantCulture), SourceFormat.ApiV2Json, "{not json"u8.ToArray())
            : new RawRecord("input.json", i.ToString(System.Globalization.CultureInfo.InvariantCulture), SourceFormat.ApiV2Json, TestStudies.Utf8(TestStudies.Id(i))));

    [Fact]
    public async Task Every_study_is_stored_once_in_input_order_one_batch_at_a_time()
    {
        var store = new RecordingStore();
        var progress = new ImportProgress();

        var summary = await new StudyImporter(store, batchSize: 50).ImportAsync(Records(1_000, rejectEvery: 7), progress, null, null, default);

        var expected = Enumerable.Range(1, 1_000).Where(i => i % 7 != 0).Select(TestStudies.Id).ToList();
        Assert.Equal(expected, store.Stored);
        Assert.Equal($"imported {expected.Count}, updated 0, unchanged 0, rejected {1_000 - expected.Count}", summary.ToString());
        Assert.Equal(1_000, progress.Records);
        Assert.All(store.BatchSizes, size => Assert.InRange(size, 1, 50));
        Assert.Equal(1, store.MostAtOnce);
    }

    [Fact]
    public async Task A_store_failure_stops_the_import_with_that_failure_and_no_batch_is_still_being_stored()
    {
        var store = new RecordingStore { FailOnBatch = 3 };

        var failure = await Assert.ThrowsAsync<StoreException>(() =>
            new StudyImporter(store, batchSize: 20).ImportAsync(Records(2_000), new ImportProgress(), null, null, default));

        Assert.Equal("batch 3 failed", failure.Message);
        Assert.Equal(0, store.Writing);
        Assert.Equal(3, store.BatchSizes.Count);
    }

    /// <summary>Keeps the ids it is given, slowly, noting how many batches it was ever given at once.</summary>
    private sealed class RecordingStore : IStudyStore
    {
        private int _writing;

        public List<string> Stored { get; } = [];
        public List<int> BatchSizes { get; } = [];
        public int MostAtOnce { get; private set; }
        public int Writing => Volatile.Read(ref _writing);
        public int FailOnBatch { get; init; }

        public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct)
        {
            var atOnce = Interlocked.Increment(ref _writing);
            try
            {
                MostAtOnce = Math.Max(MostAtOnce, atOnce);
                BatchSizes.Add(batch.Count);
                await Task.Delay(5, ct);
                if (BatchSizes.Count == FailOnBatch)
                {
                    throw new StoreException(StoreFailure.Other, $"batch {FailOnBatch} failed");
                }

                Stored.AddRange(batch.Select(d => d.NctId));
                return batch.Select(_ => UpsertOutcome.Imported).ToArray();
            }
            finally
            {
                Interlocked.Decrement(ref _writing);
            }
        }

        public Task<StoredStudy?> FindAsync(string nctId, CancellationToken ct) => throw new NotSupportedException();
        public IAsyncEnumerable<StoredStudy> ExportAsync(CancellationToken ct) => throw new NotSupportedException();
        public Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct) => throw new NotSupportedException();
        public Task<FieldValueStats> GetFieldValuesAsync(FieldValuePiece piece, CancellationToken ct) => throw new NotSupportedException();
        public Task<Core.Search.SearchResult> SearchAsync(Core.Search.SearchRequest request, CancellationToken ct) => throw new NotSupportedException();
        public Task<Core.Search.SearchBreakdown> BreakdownAsync(Core.Search.SearchRequest request, CancellationToken ct) => throw new NotSupportedException();
        public Task<Core.Search.VocabularySummary> ReplaceVocabularyAsync(Core.Vocabulary.MeshVocabulary vocabulary, CancellationToken ct) => throw new NotSupportedException();

        public Task<Core.Vocabulary.MeshVocabulary?> GetVocabularyAsync(CancellationToken ct) => Task.FromResult<Core.Vocabulary.MeshVocabulary?>(null);
        public Task<bool> IsFreshAsync(CancellationToken ct) => throw new NotSupportedException();
        public Task RecordImportRunAsync(ImportRunRecord run, IEnumerable<RecordReject> rejects, CancellationToken ct) => throw new NotSupportedException();
        public Task<IReadOnlyDictionary<string, Core.Eligibility.Constraints.ParsedCriteria>> GetParsedCriteriaAsync(IReadOnlyCollection<string> nctIds, CancellationToken ct) => throw new NotSupportedException();
        public Task<ParsedCriteriaCounts> CountParsedCriteriaAsync(CancellationToken ct) => throw new NotSupportedException();
        public Task<int> UpdateParsedCriteriaAsync(int batchSize, CancellationToken ct) => throw new NotSupportedException();
        public Task<Core.Eligibility.Screening.OpenTrialSet> GetOpenTrialSetAsync(CancellationToken ct) => throw new NotSupportedException();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
