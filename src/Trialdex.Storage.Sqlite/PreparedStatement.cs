using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// A statement prepared once and executed many times through SQLite's C API on a Microsoft.Data.Sqlite
/// connection (sharing its transaction). Used on the import's hot path, where the per-execution cost of
/// <see cref="SqliteCommand"/> dominated; parameters are numbered <c>?1</c>, <c>?2</c>, ….
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private const int Row = 100;
    private const int Done = 101;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = [];

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds <paramref name="values"/> to ?1…?N, runs the statement, and returns whether it produced a row.</summary>
    public bool Execute(params ReadOnlySpan<object?> values)
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
        for (var i = 0; i < values.Length; i++)
        {
            Check(Bind(i + 1, values[i]));
        }

        var rc = raw.sqlite3_step(_statement);
        if (rc is not (Row or Done))
        {
            Check(rc);
        }

        return rc == Row;
    }

    /// <summary>Ends the current execution so no cursor stays open (call after reading a returned row).</summary>
    public void Finish() => raw.sqlite3_reset(_statement);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public byte[] Blob(int column) => raw.sqlite3_column_blob(_statement, column).ToArray();

    public void Dispose() => _statement.Dispose();

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string { Length: > 0 } text => BindText(index, text),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        long number => raw.sqlite3_bind_int64(_statement, index, number),
        int number => raw.sqlite3_bind_int64(_statement, index, number),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(_statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => throw new ArgumentException($"cannot bind a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>
    /// Binds text through a buffer the statement keeps (SQLite copies it at once), instead of a new UTF-8 array for
    /// every value: an import binds about 25 KB of text a study, all of it garbage the moment it is bound. An empty
    /// string takes the string overload, as an empty span would bind NULL.
    /// </summary>
    private int BindText(int index, string text)
    {
        var most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, 4096)];
        }

        var length = System.Text.Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
