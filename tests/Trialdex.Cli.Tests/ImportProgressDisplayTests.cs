using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;
using Trialdex.Cli.Commands;
using Trialdex.Core.Import;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>
/// The import progress display in both modes: plain lines on standard error when output is redirected, a live bar
/// with count, rate and ETA on a terminal. The work is held open by the test, so what is shown is known.
/// </summary>
public sealed partial class ImportProgressDisplayTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Redirected_output_gets_plain_lines_with_count_and_rate_and_an_eta_once_it_is_known()
    {
        // Given redirected output with a short interval, and an import the test holds open
        var output = new CapturedText();
        var error = new CapturedText();
        var context = new CliContext(output, error, IsTerminal: false, _directory.Path) { ProgressInterval = TimeSpan.FromMilliseconds(20) };
        var progress = new ImportProgress { BytesTotal = 1000 };
        var work = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var running = ImportProgressDisplay.RunAsync(context, progress, () => work.Task);

        // When nothing has been read yet, then a half of the input and 1,234 studies
        var first = await NextLineAsync(error, _ => true);
        progress.AddRecords(1234);
        progress.AddBytes(500);
        var later = await NextLineAsync(error, l => l.Contains("1,234 studies", StringComparison.Ordinal));
        var elapsed = clock.Elapsed;
        work.SetResult(42);

        // Then the first line has no ETA (nothing to estimate from); the later one has count, share, rate and ETA
        Assert.Equal(42, await running);
        Assert.Equal("progress: 0 studies, 0 % of input, 0/s", first);
        var match = PlainLine().Match(later);
        Assert.True(match.Success, later);
        var rate = long.Parse(match.Groups["rate"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(rate, (long)(1234 / elapsed.TotalSeconds) - 1, 1234 / 0.02);
        var eta = TimeSpan.ParseExact(match.Groups["eta"].Value, @"hh\:mm\:ss", CultureInfo.InvariantCulture);
        Assert.InRange(eta, TimeSpan.Zero, elapsed); // half done: as long again as it took so far
        Assert.Equal("", output.Text);
    }

    [Fact]
    public async Task A_redirected_import_writes_progress_lines_to_standard_error_and_only_the_summary_to_standard_output()
    {
        // Given 2,000 studies and a progress line every millisecond
        var file = _directory.Write("in.ndjson", string.Join("\n", Enumerable.Range(1, 2000).Select(i => TestStudies.Json(TestStudies.Id(i)))));
        var output = new CapturedText();
        var error = new CapturedText();
        var context = new CliContext(output, error, IsTerminal: false, _directory.Path) { ProgressInterval = TimeSpan.FromMilliseconds(1) };

        // When they are imported with output redirected
        var exit = await TrialdexCli.RunAsync(["import", file, "--db", _directory.File("t.db")], context, default);

        // Then standard error has plain progress lines, and standard output the summary alone
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("imported 2000, updated 0, unchanged 0, rejected 0", output.Text.Trim());
        var lines = Lines(error).Where(l => l.StartsWith("progress: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^progress: [\d,]+ studies, \d+ % of input, [\d,]+/s(, about \d\d:\d\d:\d\d left)?$", l));
    }

    [Fact]
    public async Task On_a_terminal_the_live_display_shows_count_rate_and_eta_and_writes_no_plain_lines()
    {
        // Given an interactive ANSI console, and an import the test holds open
        var screen = new CapturedText();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        console.Profile.Width = 160;
        var error = new CapturedText();
        var context = new CliContext(screen, error, IsTerminal: true, _directory.Path) { Console = console, ProgressInterval = TimeSpan.FromMilliseconds(20) };
        var progress = new ImportProgress { BytesTotal = 100_000 };
        var work = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = ImportProgressDisplay.RunAsync(context, progress, () => work.Task);

        // When the import moves on steadily
        var deadline = Stopwatch.StartNew();
        while (!(LiveLine().IsMatch(screen.Text) && Eta().IsMatch(screen.Text)) && deadline.Elapsed < Patience && progress.Fraction < 0.9)
        {
            progress.AddRecords(250);
            progress.AddBytes(1000);
            await Task.Delay(50);
        }

        var shown = screen.Text;
        work.SetResult(7);

        // Then the bar's line shows the count, the share and the rate, and its remaining-time column an ETA
        Assert.Equal(7, await running);
        Assert.Matches(LiveLine(), shown);
        Assert.Matches(Eta(), shown);
        Assert.Equal("", error.Text);
    }

    private static async Task<string> NextLineAsync(CapturedText text, Func<string, bool> wanted)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (Lines(text).FirstOrDefault(wanted) is { } line)
            {
                return line;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("no such progress line in " + Patience + ": " + text.Text);
    }

    /// <summary>The complete lines written so far.</summary>
    private static string[] Lines(CapturedText text)
    {
        var all = text.Text;
        return all[..(all.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^progress: 1,234 studies, 50 % of input, (?<rate>[1-9][\d,]*)/s, about (?<eta>\d\d:\d\d:\d\d) left$")]
    private static partial Regex PlainLine();

    [GeneratedRegex(@"[1-9][\d,]* studies, [1-9]\d? % of input, [1-9][\d,]*/s")]
    private static partial Regex LiveLine();

    /// <summary>Spectre's remaining-time column once it can estimate (it shows **:**:** until then).</summary>
    [GeneratedRegex(@"\b\d\d:\d\d:\d\d\b")]
    private static partial Regex Eta();

    /// <summary>A text writer that the display writes from its own thread while the test reads it.</summary>
    private sealed class CapturedText : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _lock = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_lock)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_lock)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_lock)
            {
                _text.Append(value);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            Write(value + NewLine);
            return Task.CompletedTask;
        }
    }
}
