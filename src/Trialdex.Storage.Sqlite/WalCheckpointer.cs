using System.Runtime.ExceptionServices;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// Checkpoints the write-ahead log on a thread of its own while an import writes its next batch.
/// </summary>
/// <remarks>
/// SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000 pages, on the committing thread,
/// and waits there for two fsyncs (the log, then the database file). In a bulk import every batch commit crosses it,
/// and the writer, which set the import's pace, spent about a tenth of its time waiting for the disk (64 fsyncs and
/// about 0.4 s a run over the 6,917-study XML sample, measured with strace and perf's scheduler events). Import batches
/// therefore turn the automatic checkpoint off for their connection and ask for one here after committing. A passive
/// checkpoint runs beside the next batch's writes; the commit after it has caught up restarts the log from its start,
/// so the log stays about one batch long. Durability is unchanged: commits are in the log before this runs. A failed
/// checkpoint loses nothing (the log still holds every commit) and is reported by the next request or when the store
/// closes.
/// </remarks>
internal sealed class WalCheckpointer(Func<Task> checkpoint)
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;
    private bool _queued;
    private ExceptionDispatchInfo? _failure;

    /// <summary>
    /// Queues a checkpoint after the one running, unless one is already queued and not yet started (it will cover
    /// what was committed since); throws what an earlier checkpoint failed with.
    /// </summary>
    public void Request()
    {
        lock (_gate)
        {
            ThrowFailure();
            if (_queued)
            {
                return;
            }

            _queued = true;
            _last = _last.ContinueWith(_ => RunAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Waits for the queued checkpoints; throws what one of them failed with.</summary>
    public async Task WaitAsync()
    {
        Task last;
        lock (_gate)
        {
            last = _last;
        }

        await last.ConfigureAwait(false);
        lock (_gate)
        {
            ThrowFailure();
        }
    }

    private async Task RunAsync()
    {
        lock (_gate)
        {
            _queued = false;
        }

        try
        {
            await checkpoint().ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(ex);
            }
        }
    }

    private void ThrowFailure()
    {
        var failure = _failure;
        _failure = null;
        failure?.Throw();
    }
}
