using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>Runs the real <c>trialdex</c> command line in-process with captured output, in a temporary working directory.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun() => Database = Directory.File("trialdex.db");

    public TempDirectory Directory { get; } = new();

    public string Database { get; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, IsTerminal: false, Directory.Path);
        var withDb = args.Contains("--db") ? args : [.. args, "--db", Database];
        var exit = await TrialdexCli.RunAsync(withDb, context, default);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Dispose();
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The import summary line: "imported N, updated U, unchanged K, rejected R".</summary>
    public string SummaryLine => Output.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith("imported ", StringComparison.Ordinal));
}
