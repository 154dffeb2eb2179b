using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Trialdex.Core.Import;

/// <summary>
/// The import's decode workers: one thread per core, each running at a lower scheduling priority than the rest of the
/// process. An import stores through one writer thread, and with the decoders at the same priority the writer shared its
/// core with them: over the legacy XML sample it was busy 94–99 % of the run and took 800–1,030 µs a study, against
/// 560–830 µs with the decoders lowered (alternated runs, BENCHMARKS.md). Lowered, they use what the writer leaves, so the writer sets
/// the pace without waiting for a core. Lowering needs no privilege; the threads end when the import does.
/// </summary>
internal sealed partial class DecodeThreads : TaskScheduler, IDisposable
{
    /// <summary>The decoders' nice value on Linux (0 is normal, 19 the lowest).</summary>
    internal const int Nice = 10;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public DecodeThreads(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _threads = [.. Enumerable.Range(1, count).Select(i => new Thread(Work) { IsBackground = true, Name = $"Trialdex decode {i}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Lets the queued work finish, then ends the threads.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _queue.Dispose();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    /// <summary>Never inline: work started here runs at the decoders' priority, not the caller's.</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        LowerPriority();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>
    /// Lowers the calling thread's priority. On Linux a nice value belongs to each thread (setpriority with the thread
    /// id), and .NET's <see cref="Thread.Priority"/> does not change it there; elsewhere that property does.
    /// </summary>
    private static void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = SetPriority(ProcessPriority, GetThreadId(), Nice);
                return;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library without gettid: fall through to the portable setting.
            }
        }

        Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
    }

    private const int ProcessPriority = 0; // PRIO_PROCESS: with a thread id, that one thread

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
