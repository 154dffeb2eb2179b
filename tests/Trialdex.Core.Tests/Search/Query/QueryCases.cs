namespace Trialdex.Core.Tests.Search.Query;

/// <summary>
/// The golden query cases: every *.txt file in Cases/Query, one case a line, "input ⇒ expected", where expected is the
/// canonical expression, "ERROR @position: message" or "MATCH ALL". Blank lines and lines starting with '#' are skipped.
/// </summary>
internal static class QueryCases
{
    public const string Arrow = " ⇒ ";

    public static IEnumerable<(string File, int Line, string Input, string Expected)> All()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", "Query");
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
                if (arrow < 0)
                {
                    throw new FormatException($"{Path.GetFileName(path)}:{lineNumber} has no '{Arrow.Trim()}'");
                }

                yield return (Path.GetFileName(path), lineNumber, line[..arrow], line[(arrow + Arrow.Length)..]);
            }
        }
    }
}
