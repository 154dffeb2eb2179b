using System.CommandLine;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex eval</c>: measures Trialdex against gold standards; one sub-command per gold standard.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context) =>
        new("eval", "Measure Trialdex against gold standards given by path (numbers as in EVALUATION.md)")
        {
            EvalCriteriaCommand.Create(context),
            EvalPatientsCommand.Create(context),
        };
}
