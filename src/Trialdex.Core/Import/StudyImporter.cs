using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Trialdex.Core.Store;

namespace Trialdex.Core.Import;

/// <summary>
/// The one import pipeline every format feeds: records are decoded in parallel (results kept in input order) and stored in
/// batches, each batch one transaction, so a run killed midway leaves the store consistent and running it again
/// completes it. Rejects are reported as they happen and never stop the run.
/// </summary>
public sealed class StudyImporter
{
    /// <summary>
    /// Records read ahead of the one the pipeline waits for. Each holds its raw bytes until decoded, so with 256 most of
    /// them outlived a gen-0 collection and were copied to gen 1 (over the XML zip, parse only: 860 ms of GC pause and
    /// 260 MB promoted a pass; with 32, 170 ms and 85 MB), while a few records per core already keep the cores busy.
    /// </summary>
    private const int InFlight = 32;

    /// <summary>While the store is idle, a batch this large is stored at once rather than filled up to the batch size.</summary>
    private const int SmallestBatch = 100;
    private readonly IStudyStore _store;
    private readonly int _batchSize;
    private readonly Vocabulary.MeshVocabulary? _vocabulary;

    /// <param name="store">Where the studies go.</param>
    /// <param name="batchSize">Studies a transaction.</param>
    /// <param name="vocabulary">The store's MeSH vocabulary, to parse the criteria with (conditions normalised to MeSH), or null.</param>
    public StudyImporter(IStudyStore store, int batchSize = 1000, Vocabulary.MeshVocabulary? vocabulary = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _store = store;
        _batchSize = batchSize;
        _vocabulary = vocabulary;
    }

    /// <summary>Imports <paramref name="items"/>; <paramref name="onReject"/> and <paramref name="onSkipped"/> see each problem as it happens.</summary>
    public async Task<ImportSummary> ImportAsync(
        IEnumerable<ImportItem> items,
        ImportProgress progress,
        Action<RecordReject>? onReject,
        Action<SkippedFile>? onSkipped,
        CancellationToken ct)
    {
        var counts = new ImportCounts();
        var writer = new BatchWriter(_store, counts, progress, ct);
        var smallest = Math.Min(_batchSize, SmallestBatch);
        var batch = new List<StudyDocument>(_batchSize);
        using var decoders = new DecodeThreads(Environment.ProcessorCount);
        try
        {
            await foreach (var item in DecodeInOrder(items, decoders, _vocabulary, ct).ConfigureAwait(false))
            {
                switch (item)
                {
                    case DecodedRecord { Document: { } document }:
                        batch.Add(document);
                        if (batch.Count >= _batchSize || (batch.Count >= smallest && writer.IsIdle))
                        {
                            await writer.StartAsync(batch).ConfigureAwait(false);
                            batch = new List<StudyDocument>(_batchSize);
                        }

                        break;
                    case DecodedRecord { Reject: { } reject }:
                        counts.Rejected++;
                        progress.AddRecords(1);
                        onReject?.Invoke(reject);
                        break;
                    case SkippedFile skipped:
                        counts.Skipped++;
                        onSkipped?.Invoke(skipped);
                        break;
                }
            }
        }
        catch
        {
            await writer.StopAsync().ConfigureAwait(false);
            throw;
        }

        await writer.StartAsync(batch).ConfigureAwait(false);
        await writer.FinishAsync().ConfigureAwait(false);
        return counts.ToSummary();
    }

    /// <summary>
    /// Reads on one thread and decodes on <paramref name="decoders"/>, yielding results in input order. At most
    /// <see cref="InFlight"/> records are read ahead, so memory stays flat however large the input.
    /// </summary>
    private static async IAsyncEnumerable<object> DecodeInOrder(IEnumerable<ImportItem> items, DecodeThreads decoders, Vocabulary.MeshVocabulary? vocabulary, [EnumeratorCancellation] CancellationToken ct)
    {
        var pending = Channel.CreateBounded<Task<object>>(new BoundedChannelOptions(InFlight) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    var decoding = Task.Factory.StartNew(() => Decode(item, vocabulary), ct, TaskCreationOptions.None, decoders);
                    await pending.Writer.WriteAsync(decoding, ct).ConfigureAwait(false);
                }

                pending.Writer.Complete();
            }
            catch (Exception ex)
            {
                pending.Writer.Complete(ex);
            }
        }, ct);
        await foreach (var decoded in pending.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            yield return await decoded.ConfigureAwait(false);
        }

        await reader.ConfigureAwait(false);
    }

    private static object Decode(ImportItem item, Vocabulary.MeshVocabulary? vocabulary) => item switch
    {
        RawRecord raw => RecordDecoder.Decode(raw, vocabulary),
        RecordReject reject => new DecodedRecord(null, reject),
        _ => item,
    };

    /// <summary>
    /// Stores one batch at a time on its own thread while the next batch is gathered and decoded, so storing and
    /// decoding overlap; a batch starts only when the one before it is stored, so batches commit in input order.
    /// </summary>
    private sealed class BatchWriter(IStudyStore store, ImportCounts counts, ImportProgress progress, CancellationToken ct)
    {
        private Task _writing = Task.CompletedTask;

        /// <summary>Whether the previous batch is stored, so a new one would start at once.</summary>
        public bool IsIdle => _writing.IsCompleted;

        /// <summary>Waits for the previous batch to be stored, then starts storing <paramref name="batch"/>.</summary>
        public async Task StartAsync(List<StudyDocument> batch)
        {
            await _writing.ConfigureAwait(false);
            if (batch.Count > 0)
            {
                _writing = Task.Run(() => WriteAsync(batch), ct);
            }
        }

        public Task FinishAsync() => _writing;

        /// <summary>Waits for the batch being stored when the run stops on an error; the error that stopped it is the one reported.</summary>
        public async Task StopAsync()
        {
            try
            {
                await _writing.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Already failing: the reading loop's exception is rethrown.
            }
        }

        private async Task WriteAsync(List<StudyDocument> batch)
        {
            var outcomes = await store.UpsertAsync(batch, ct).ConfigureAwait(false);
            foreach (var outcome in outcomes)
            {
                counts.Add(outcome);
            }

            progress.AddRecords(batch.Count);
        }
    }

    /// <summary>The run's counts: stored outcomes are added by the batch writer, rejects by the reading loop.</summary>
    private sealed class ImportCounts
    {
        public long Imported { get; set; }
        public long Updated { get; set; }
        public long Unchanged { get; set; }
        public long Rejected { get; set; }
        public long Skipped { get; set; }

        public void Add(UpsertOutcome outcome)
        {
            switch (outcome)
            {
                case UpsertOutcome.Imported: Imported++; break;
                case UpsertOutcome.Updated: Updated++; break;
                default: Unchanged++; break;
            }
        }

        public ImportSummary ToSummary() => new(Imported, Updated, Unchanged, Rejected, Skipped);
    }
}

/// <summary>What an import did. <see cref="ToString"/> is the run's one summary line.</summary>
public sealed record ImportSummary(long Imported, long Updated, long Unchanged, long Rejected, long SkippedFiles)
{
    /// <summary>Records read at all: stored, compared, or rejected.</summary>
    public long Read => Imported + Updated + Unchanged + Rejected;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"imported {Imported}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}");
}
