using SQLitePCL;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// Sets up the SQLite library for this process before its first connection: multi-thread mode and no memory
/// statistics. The bundled library is built serialized, so every call on a connection took that connection's mutex,
/// and with statistics on every allocation took a global one; ADO.NET already uses a connection, and the statements
/// made on it, on one thread at a time, which is all multi-thread mode asks. Over the legacy XML sample an import's
/// writer spent about a tenth less CPU a study (alternated runs, BENCHMARKS.md). SQLite accepts this only before it
/// starts; when something in the process opened a database first, it refuses, and the defaults stay, which are safe.
/// </summary>
internal static class SqliteLibrary
{
    private static int _configured;

    /// <summary>Whether the settings took effect (false when SQLite had already started in this process).</summary>
    public static bool Tuned { get; private set; }

    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) != 0)
        {
            return;
        }

        Batteries_V2.Init();
        Tuned = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
            & raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
