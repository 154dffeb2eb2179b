using System.Text.Json;

namespace Trialdex.Core.Tests.Sample;

/// <summary>The expected facts of each seed page, one <c>Cases/SeedPages/&lt;id&gt;.expected.json</c> file per page.</summary>
internal static class SeedPageCases
{
    private const string Suffix = ".expected.json";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Cases", "SeedPages");

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*" + Suffix).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^Suffix.Length]);
        }

        return data;
    }

    public static JsonDocument Load(string id) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, id + Suffix)));
}
