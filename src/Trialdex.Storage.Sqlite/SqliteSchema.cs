using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// Versioned schema migrations, embedded as <c>Sql/NNN_name.sql</c> and applied in order on open; the applied
/// version is SQLite's <c>user_version</c>. A database from a newer Trialdex is refused, never modified.
/// </summary>
internal static class SqliteSchema
{
    private static readonly IReadOnlyList<(int Version, string Name, string Sql)> Migrations = LoadMigrations();

    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection, string path) => Migrate(connection, path, LatestVersion);

    /// <summary>Applies the migrations up to <paramref name="target"/> (tests build older databases with it).</summary>
    internal static void Migrate(SqliteConnection connection, string path, int target)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new StoreException(StoreFailure.TooNew,
                $"{path} was created by a newer version of Trialdex (schema {current}; this version knows schema {LatestVersion} and older). " +
                "Upgrade Trialdex, or use another database with --db.");
        }

        foreach (var (version, _, sql) in Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + $"\nPRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<(int, string, string)> LoadMigrations()
    {
        var assembly = typeof(SqliteSchema).Assembly;
        const string Prefix = "Trialdex.Sql.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan(Prefix.Length, 3), CultureInfo.InvariantCulture), Name: n, Sql: Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
