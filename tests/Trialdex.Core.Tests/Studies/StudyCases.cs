using System.Text.Json;

namespace Trialdex.Core.Tests.Studies;

/// <summary>
/// The golden inputs in Studies/Cases, found by walking up from the test binaries to the project folder
/// (the project copies only its top-level Cases folder to the output).
/// </summary>
internal static class StudyCases
{
    private static readonly string Folder = Locate();

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>The non-blank, non-comment lines; "! \"text\"" lines are invalid inputs, as JSON strings.</summary>
    public static (IReadOnlyList<string[]> Valid, IReadOnlyList<string> Invalid) Lines(string fileName)
    {
        var valid = new List<string[]>();
        var invalid = new List<string>();
        foreach (var line in File.ReadLines(PathOf(fileName)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("! ", StringComparison.Ordinal))
            {
                invalid.Add(JsonSerializer.Deserialize<string>(line[2..])!);
            }
            else
            {
                valid.Add(line.Split(" | "));
            }
        }

        return (valid, invalid);
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Studies", "Cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Studies/Cases was not found above " + AppContext.BaseDirectory);
    }
}
