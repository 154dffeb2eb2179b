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

    /// <summary>
    /// Refuses, before anything is written to it, a database this version must not touch: one made by a newer
    /// Trialdex, and any SQLite file that is not a Trialdex database (it has tables but no Trialdex schema version, or
    /// a version but not the tables every Trialdex schema has), so that pointing <c>--db</c> at another program's
    /// database never adds tables to it. An empty file, or a new one, is fine.
    /// </summary>
    public static void Check(SqliteConnection connection, string path)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new StoreException(StoreFailure.TooNew,
                $"{path} was created by a newer version of Trialdex (schema {current}; this version knows schema {LatestVersion} and older). " +
                "Upgrade Trialdex, or use another database with --db.");
        }

        var tables = Tables(connection);
        var foreign = current == 0
            ? tables.Count > 0
            : !TrialdexTables.All(tables.Contains);
        if (foreign)
        {
            var listed = tables.Count == 0 ? "no tables" : "tables " + string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5)) + (tables.Count > 5 ? ", …" : "");
            throw new StoreException(StoreFailure.Corrupt,
                $"{path} is not a Trialdex database: it is a SQLite database of another program (schema version {current}, {listed}). " +
                "Trialdex leaves it unchanged; use another file with --db.");
        }
    }

    public static void Migrate(SqliteConnection connection) => Migrate(connection, LatestVersion);

    /// <summary>Applies the migrations up to <paramref name="target"/> (tests build older databases with it); <see cref="Check"/> comes first.</summary>
    internal static void Migrate(SqliteConnection connection, int target)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
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

    /// <summary>Tables that the first schema creates and no later one drops.</summary>
    private static readonly string[] TrialdexTables = ["studies", "study_conditions", "import_runs"];

    private static HashSet<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'";
        using var reader = command.ExecuteReader();
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
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
