using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// The store's current in-memory snapshot of one kind (the <see cref="Search.FacetSnapshot"/> searches count
/// facets from, the <see cref="Core.Eligibility.Screening.OpenTrialSet"/> screening reads), never served stale.
/// Each snapshot is read in one read transaction on its own read-only connection and remembers that connection's
/// <c>PRAGMA data_version</c>, which changes when any other connection (a writer in this or another process)
/// commits; a reader asks <see cref="TryGetFresh"/> and, when the version moved or no snapshot exists yet, gets null
/// (and, for facets, counts with SQL) while one background rebuild runs. Built when a server starts or at first
/// use, so commands that never need it (import, export) never pay for it. Rebuilds are spaced by at least the last
/// build's duration (and 250 ms), so a running import cannot keep a core busy rebuilding.
/// </summary>
/// <typeparam name="T">What is built.</typeparam>
internal sealed class StoreSnapshots<T> : IDisposable
    where T : class
{
    private static readonly TimeSpan MinimumSpacing = TimeSpan.FromMilliseconds(250);

    private readonly string _connectionString;
    private readonly Func<SqliteConnection, T> _build;
    private readonly Func<T, long> _bytes;
    private readonly CancellationTokenSource _closing = new();
    private Held? _current;
    private int _building;
    private long _nextBuildTimestamp;
    private volatile Exception? _lastFailure;

    /// <param name="path">The database file.</param>
    /// <param name="build">Reads a snapshot through a read-only connection, inside one read transaction.</param>
    /// <param name="bytes">The approximate bytes a snapshot holds, for the benchmark report.</param>
    public StoreSnapshots(string path, Func<SqliteConnection, T> build, Func<T, long> bytes)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        (_build, _bytes) = (build, bytes);
    }

    /// <summary>How long the last build took and what it holds, for the benchmark report.</summary>
    public (TimeSpan Duration, long Bytes)? LastBuild { get; private set; }

    /// <summary>
    /// The snapshot if it matches what is committed now; otherwise null, and a rebuild is started — the first build
    /// only when <paramref name="startFirstBuild"/> (a search that does not count facets uses a snapshot once one
    /// exists, but does not make a one-shot command pay for building it).
    /// </summary>
    public T? TryGetFresh(bool startFirstBuild = true)
    {
        var current = Volatile.Read(ref _current);
        var fresh = current?.IsFresh();
        if (fresh is null && current is not null && Volatile.Read(ref _current) is { } swapped && swapped != current)
        {
            // Replaced (and disposed) between the read and the check: the newer one decides.
            (current, fresh) = (swapped, swapped.IsFresh());
        }

        if (fresh == true)
        {
            return current!.Snapshot;
        }

        if (current is not null || startFirstBuild)
        {
            StartRebuild();
        }

        return null;
    }

    /// <summary>Waits until a snapshot of what is committed now is in place, starting its build when needed.</summary>
    public async Task<T> WaitForFreshAsync(CancellationToken ct)
    {
        while (true)
        {
            if (TryGetFresh() is { } fresh)
            {
                return fresh;
            }

            if (_lastFailure is { } failure)
            {
                throw new InvalidOperationException($"the {typeof(T).Name} snapshot cannot be built", failure);
            }

            await Task.Delay(20, ct).ConfigureAwait(false);
        }
    }

    private void StartRebuild()
    {
        if (_closing.IsCancellationRequested || Interlocked.CompareExchange(ref _building, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Volatile.Read(ref _nextBuildTimestamp));
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _closing.Token).ConfigureAwait(false);
                }

                var clock = Stopwatch.StartNew();
                var built = Held.Build(_connectionString, _build);
                _lastFailure = null;
                LastBuild = (clock.Elapsed, _bytes(built.Snapshot));
                Volatile.Write(ref _nextBuildTimestamp, Stopwatch.GetTimestamp() + Math.Max(clock.Elapsed.Ticks, MinimumSpacing.Ticks) * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
                Interlocked.Exchange(ref _current, _closing.IsCancellationRequested ? null : built)?.Dispose();
                if (_closing.IsCancellationRequested)
                {
                    built.Dispose();
                }
            }
            catch (Exception ex)
            {
                // Whatever went wrong (a locked or damaged file, data the arrays cannot code), searches keep
                // counting with SQL, which reports real errors itself; the next faceted search tries again in 5 s.
                _lastFailure = ex is OperationCanceledException ? null : ex;
                Volatile.Write(ref _nextBuildTimestamp, Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 5));
            }
            finally
            {
                Volatile.Write(ref _building, 0);
            }
        });
    }

    public void Dispose()
    {
        _closing.Cancel();
        Interlocked.Exchange(ref _current, null)?.Dispose();
    }

    /// <summary>A snapshot with the connection it was read on and that connection's data_version at the time.</summary>
    private sealed class Held(T snapshot, SqliteConnection connection, long version) : IDisposable
    {
        private readonly Lock _lock = new();
        private bool _disposed;

        public T Snapshot { get; } = snapshot;

        public static Held Build(string connectionString, Func<SqliteConnection, T> build)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                using var transaction = connection.BeginTransaction(deferred: true);
                var version = DataVersion(connection);
                var snapshot = build(connection);
                transaction.Commit();
                return new Held(snapshot, connection, version);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        /// <summary>Whether nothing was committed since the build; null once disposed.</summary>
        public bool? IsFresh()
        {
            lock (_lock)
            {
                return _disposed ? null : DataVersion(connection) == version;
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _disposed = true;
                connection.Dispose();
            }
        }

        private static long DataVersion(SqliteConnection connection) =>
            Convert.ToInt64(SqliteStudyStore.Scalar(connection, "PRAGMA data_version"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
