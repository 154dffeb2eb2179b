namespace Trialdex.Core.Tests.Eligibility;

/// <summary>The golden cases in Cases/Criteria: NAME.txt is the input, NAME.expected.txt its rendering.</summary>
internal static class CriteriaCases
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Criteria");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.txt")
            .Where(path => !path.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal);

    public static string Input(string name) => File.ReadAllText(Path.Combine(Directory, name + ".txt"));

    public static string ExpectedPath(string name) => Path.Combine(Directory, name + ".expected.txt");
}
