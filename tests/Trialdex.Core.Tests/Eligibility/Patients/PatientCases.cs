namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>
/// The golden cases in Cases/Patients: a folder per reader (Notes: NAME.txt, Fhir and Json: NAME.json), each input
/// beside NAME.expected.txt, its rendering by <see cref="PatientRendering"/>; and Seeds, patients for the seed trials.
/// </summary>
internal static class PatientCases
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Patients");

    public static IEnumerable<string> Names(string folder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*" + extension)
            .Where(path => !path.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(path => Path.GetFileName(path)[..^extension.Length])
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Notes() => new(Names("Notes", ".txt"));

    public static TheoryData<string> Fhir() => new(Names("Fhir", ".json"));

    public static TheoryData<string> Json() => new(Names("Json", ".json"));

    public static TheoryData<string> Seeds() => new(Names("Seeds", ".json"));

    public static string Input(string folder, string name, string extension) => File.ReadAllText(Path.Combine(Root, folder, name + extension));

    public static string ExpectedPath(string folder, string name) => Path.Combine(Root, folder, name + ".expected.txt");

    /// <summary>Asserts that a rendering equals the expected file, showing the first differing line and the whole rendering.</summary>
    public static void AssertMatchesExpected(string folder, string name, string actual)
    {
        var path = ExpectedPath(folder, name);
        Assert.True(File.Exists(path), $"{folder}/{name}.expected.txt is missing beside the case. The reader renders it as:\n{actual}");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail($"""
            Case {folder}/{name} differs at line {line + 1}:
              expected: {(line < expectedLines.Length ? expectedLines[line] : "(end of file)")}
              actual:   {(line < actualLines.Length ? actualLines[line] : "(end of output)")}
            Whole actual rendering:
            {actual}
            """);
    }
}
