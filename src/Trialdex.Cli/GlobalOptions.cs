using System.CommandLine;

namespace Trialdex.Cli;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "The database file (default: TRIALDEX_DB, else trialdex.db in the working directory)",
        Recursive = true,
    };
}
