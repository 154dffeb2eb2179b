using System.CommandLine;
using Trialdex.Cli.Commands;

namespace Trialdex.Cli;

/// <summary>The <c>trialdex</c> command line: builds the verbs and runs one, mapping bad arguments to exit code 2.</summary>
internal static class TrialdexCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Trialdex: a self-hostable ClinicalTrials.gov mirror, search engine and eligibility pre-screener")
        {
            ImportCommand.Create(context),
            ShowCommand.Create(context),
            StatsCommand.Create(context),
            ExportCommand.Create(context),
            SearchCommand.Create(context),
            VocabCommand.Create(context),
            ServeCommand.Create(context),
            CriteriaCommand.Create(context, Console.In),
            MatchCommand.Create(context, Console.In),
            EvalCommand.Create(context),
        };
        root.Options.Add(GlobalOptions.Database);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct)
    {
        var result = Build(context).Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("run 'trialdex --help' for usage").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error }, ct).ConfigureAwait(false);
    }
}
