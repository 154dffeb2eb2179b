namespace Trialdex.Tests;

/// <summary>
/// Locates the real ClinicalTrials.gov data in ../shared/data beside the checkout (or TRIALDEX_SHARED_DATA).
/// It is never copied into the repository; tests that need it are marked with <see cref="SharedDataFactAttribute"/>.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Locate();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(MissingMessage), .. parts]);

    public static string MissingMessage =>
        "../shared/data (real ClinicalTrials.gov records) was not found beside the checkout and TRIALDEX_SHARED_DATA is not set; this test needs it.";

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("TRIALDEX_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv) ? fromEnv : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(System.IO.Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>
/// A fact that needs ../shared/data. Skipped with a plain message when the data is absent on a developer's
/// machine; under CI (CI=true) it runs regardless so that missing data fails loudly.
/// </summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>The theory counterpart of <see cref="SharedDataFactAttribute"/>.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
