namespace Trialdex.Benchmarks;

/// <summary>Finds ../shared/data (or --data DIR, or TRIALDEX_SHARED_DATA); benchmarks never copy it.</summary>
internal static class SharedDataPath
{
    public static string? Find(string[] args)
    {
        var index = Array.IndexOf(args, "--data");
        if (index >= 0 && index + 1 < args.Length)
        {
            return args[index + 1];
        }

        var env = Environment.GetEnvironmentVariable("TRIALDEX_SHARED_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
