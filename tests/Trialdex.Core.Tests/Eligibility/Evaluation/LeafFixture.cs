using System.IO.Compression;

namespace Trialdex.Core.Tests.Eligibility.Evaluation;

/// <summary>The hand-made brat document in Cases/Constraints/Leaf, whose expected scores are worked out by hand.</summary>
internal static class LeafFixture
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Constraints", "Leaf");

    public static (string Name, string Text, string Ann) Document(string name = "NCT00000001") =>
        (name, File.ReadAllText(Path.Combine(Directory, name + ".txt")), File.ReadAllText(Path.Combine(Directory, name + ".ann")));

    /// <summary>Zips the fixture as the corpus is laid out ("nic/batch1/NCT….txt" and ".ann") into a temporary file.</summary>
    public static string Zip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lct-fixture-{Guid.NewGuid():N}.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            zip.CreateEntryFromFile(file, "nic/batch1/" + Path.GetFileName(file));
        }

        return path;
    }
}
