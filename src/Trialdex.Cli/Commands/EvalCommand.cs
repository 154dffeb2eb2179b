using System.CommandLine;

namespace Trialdex.Cli.Commands;

/// <summary><c>trialdex eval</c>: the evaluations against gold standards, one sub-command each.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context) =>
        new("eval", "Evaluate against gold standards (data given by path)") { EvalPatientsCommand.Create(context) };
}
