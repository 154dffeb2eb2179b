namespace Trialdex.Tests;

/// <summary>Finds the built <c>trialdex.dll</c> so tests can run the real executable as a separate process.</summary>
internal static class TrialdexProcess
{
    /// <summary>The trialdex.dll of this build configuration, beside the tests or under src/Trialdex.Cli/bin.</summary>
    public static string Dll()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "trialdex.dll");
        if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "trialdex.runtimeconfig.json")))
        {
            return local;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Trialdex.Cli", "bin");
            if (Directory.Exists(candidate))
            {
                var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
                return Path.Combine(candidate, configuration, "net10.0", "trialdex.dll");
            }
        }

        throw new FileNotFoundException("trialdex.dll was not found next to the tests or under src/Trialdex.Cli/bin");
    }
}
