using Trialdex.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await TrialdexCli.RunAsync(args, CliContext.ForProcess(), cancellation.Token);
