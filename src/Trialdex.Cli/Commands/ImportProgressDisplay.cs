using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Trialdex.Core.Import;

namespace Trialdex.Cli.Commands;

/// <summary>
/// Shows an import's progress while it runs: a live bar with count, rate and ETA on a terminal; plain progress lines
/// on standard error every <see cref="CliContext.ProgressInterval"/> (2 s) when output is redirected.
/// </summary>
internal static class ImportProgressDisplay
{

    /// <param name="context">Where to show it.</param>
    /// <param name="progress">Records done, and the fraction of the work done as bytes of input (or records) done of their total.</param>
    /// <param name="work">The work, run on the thread pool.</param>
    /// <param name="verb">What the live bar says it is doing.</param>
    public static async Task<T> RunAsync<T>(CliContext context, ImportProgress progress, Func<Task<T>> work, string verb = "Importing")
    {
        var clock = Stopwatch.StartNew();
        var running = Task.Run(work);
        if (context.IsTerminal)
        {
            await context.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async live =>
                {
                    var task = live.AddTask(verb, maxValue: 1.0);
                    while (!running.IsCompleted)
                    {
                        task.Value = progress.Fraction;
                        task.Description = Describe(progress, clock.Elapsed);
                        await Task.WhenAny(running, Task.Delay(200)).ConfigureAwait(false);
                    }

                    task.Value = 1.0;
                }).ConfigureAwait(false);
        }
        else
        {
            while (await Task.WhenAny(running, Task.Delay(context.ProgressInterval)).ConfigureAwait(false) != running)
            {
                await context.Error.WriteLineAsync("progress: " + Describe(progress, clock.Elapsed) + Eta(progress, clock.Elapsed)).ConfigureAwait(false);
            }
        }

        return await running.ConfigureAwait(false);
    }

    private static string Describe(ImportProgress progress, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? progress.Records / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{progress.Records:N0} studies, {progress.Fraction:P0} of input, {rate:N0}/s");
    }

    private static string Eta(ImportProgress progress, TimeSpan elapsed)
    {
        var fraction = progress.Fraction;
        if (fraction <= 0.01)
        {
            return "";
        }

        var remaining = TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction);
        return string.Create(CultureInfo.InvariantCulture, $", about {remaining:hh\\:mm\\:ss} left");
    }
}
