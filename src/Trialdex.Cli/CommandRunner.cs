using Trialdex.Core.Store;

namespace Trialdex.Cli;

/// <summary>Runs a command's body and maps failures to a clear message and a named exit code.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> body, CancellationToken ct)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            await context.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ex.Failure switch
            {
                StoreFailure.Locked => ExitCodes.DatabaseLocked,
                StoreFailure.Corrupt => ExitCodes.DatabaseCorrupt,
                StoreFailure.TooNew => ExitCodes.DatabaseTooNew,
                _ => ExitCodes.Failure,
            };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
