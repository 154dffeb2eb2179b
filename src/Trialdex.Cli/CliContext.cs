using Spectre.Console;

namespace Trialdex.Cli;

/// <summary>
/// Where a command writes and what it may assume about the terminal. Tests pass string writers; the real
/// program passes the process's console.
/// </summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool IsTerminal, string WorkingDirectory)
{
    /// <summary>
    /// A Spectre console over <see cref="Out"/>: colours and live progress only on a real terminal. Tests that check
    /// what a terminal shows set an interactive console here.
    /// </summary>
    public IAnsiConsole Console { get; init; } = CreateConsole(Out, IsTerminal);

    /// <summary>How often a plain progress line is written when output is redirected: every 2 s; tests shorten it.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(2);

    private static IAnsiConsole CreateConsole(TextWriter output, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // Redirected output is for files and scripts: never wrap lines at an imagined console width.
            console.Profile.Width = 4000;
        }

        return console;
    }

    /// <summary>The database path: <c>--db</c>, else <c>TRIALDEX_DB</c>, else <c>trialdex.db</c> in the working directory.</summary>
    public string ResolveDatabase(string? option)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option : Environment.GetEnvironmentVariable("TRIALDEX_DB");
        return Path.GetFullPath(string.IsNullOrWhiteSpace(chosen) ? "trialdex.db" : chosen, WorkingDirectory);
    }

    public static CliContext ForProcess() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected, Environment.CurrentDirectory);
}
