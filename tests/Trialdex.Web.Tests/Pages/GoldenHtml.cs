using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Trialdex.Web.Tests.Pages;

/// <summary>
/// Compares HTML with a golden file in Cases/Pages after normalising whitespace (one block element a line).
/// TRIALDEX_UPDATE_GOLDEN=1 rewrites the golden files in the source tree instead of comparing.
/// </summary>
internal static partial class GoldenHtml
{
    public static string Normalize(string html)
    {
        var collapsed = Whitespace().Replace(html, " ");
        var lines = BlockStart().Replace(collapsed, "\n$0");
        return string.Join('\n', lines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
    }

    public static void Assert(string name, string html, [CallerFilePath] string callerFile = "")
    {
        var actual = Normalize(html);
        var sourcePath = Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "Cases", "Pages", name);
        if (Environment.GetEnvironmentVariable("TRIALDEX_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(sourcePath, actual);
            return;
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Cases", "Pages", name);
        Xunit.Assert.True(File.Exists(expectedPath), $"No golden file {name}; run the tests with TRIALDEX_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Xunit.Assert.Fail(
            $"{name} differs from its golden file at line {line + 1}:\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "(end)")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "(end)")}\n" +
            $"If the change is intended, run `TRIALDEX_UPDATE_GOLDEN=1 dotnet test tests/Trialdex.Web.Tests` and review `git diff tests/Trialdex.Web.Tests/Cases/Pages`.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<(?:/?(?:main|article|section|div|ul|ol|dl|table|thead|tbody)\b|(?:h[1-6]|p|li|dt|dd|tr|form)\b)")]
    private static partial Regex BlockStart();
}
