using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary>
/// SLOW (about half a minute, more on a loaded machine): the CLI packed as a .NET tool, installed with
/// <c>dotnet tool install</c> from that package, and run. It packs the build under test (<c>--no-build</c>, the
/// tests' own configuration) rather than building Release again, which would take minutes on two cores.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_packed_tool_installs_with_dotnet_tool_install_and_runs()
    {
        // Given the CLI packed into a folder
        var feed = _directory.File("feed");
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var packed = await RunAsync("dotnet", ["pack", CliProject(), "--no-build", "-c", configuration, "-o", feed]);
        Assert.True(packed.ExitCode == 0, "dotnet pack failed:\n" + packed.Text);
        var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(feed, "*.nupkg")));
        Assert.StartsWith("Trialdex.", package, StringComparison.Ordinal);
        var version = package["Trialdex.".Length..];

        // When it is installed from that folder as the tool Trialdex
        var tools = _directory.File("tools");
        var installed = await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", feed, "Trialdex", "--version", version]);
        Assert.True(installed.ExitCode == 0, "dotnet tool install failed:\n" + installed.Text);

        // Then the installed command `trialdex` runs: it knows its version, and opens a store with the bundled sample
        var trialdex = Path.Combine(tools, "trialdex");
        var versionRun = await RunAsync(trialdex, ["--version"]);
        Assert.Equal(0, versionRun.ExitCode);
        Assert.StartsWith(version, versionRun.Output.Trim(), StringComparison.Ordinal);
        var stats = await RunAsync(trialdex, ["stats", "--db", _directory.File("t.db"), "--json"]);
        Assert.True(stats.ExitCode == 0, stats.Text);
        Assert.Equal(5, JsonNode.Parse(stats.Output)!["studies"]!.GetValue<long>());
        Assert.True(File.Exists(_directory.File("t.db")));
    }

    private static string CliProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trialdex.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Trialdex.Cli", "Trialdex.Cli.csproj");
            }
        }

        throw new FileNotFoundException("Trialdex.slnx was not found above " + AppContext.BaseDirectory);
    }

    private async Task<(int ExitCode, string Output, string Text)> RunAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory.Path,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {StepTimeout}");
        }

        var text = $"$ {program} {string.Join(' ', args)}\n{await output}\n{await error}";
        return (process.ExitCode, await output, text);
    }
}
