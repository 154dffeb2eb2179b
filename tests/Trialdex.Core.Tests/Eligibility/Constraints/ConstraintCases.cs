using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

/// <summary>
/// The golden cases in Cases/Constraints: each *.cases.txt file holds lines "criterion ⇒ expected", the expected
/// constraints in their compact form joined by " ; ". Lines starting with "#" are comments. A criterion is read as
/// an exclusion when its line starts with "E: ", as an inclusion otherwise.
/// </summary>
internal static class ConstraintCases
{
    public const string Arrow = " ⇒ ";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Cases", "Constraints");

    /// <summary>The invented UCUM subset the unit tests and golden cases normalise with.</summary>
    public static UnitVocabulary Units { get; } = UnitVocabulary.Load(Path.Combine(Directory, "ucum-subset.json"));

    public static TheoryData<string, int> Theory()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.cases.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (IsCase(lines[i]))
                {
                    data.Add(Path.GetFileName(file), i + 1);
                }
            }
        }

        return data;
    }

    public static (string Criterion, CriterionKind Kind, string Expected) Case(string file, int line)
    {
        var text = File.ReadAllLines(Path.Combine(Directory, file))[line - 1];
        var arrow = text.IndexOf(Arrow, StringComparison.Ordinal);
        var criterion = text[..arrow];
        var kind = criterion.StartsWith("E: ", StringComparison.Ordinal) ? CriterionKind.Exclusion : CriterionKind.Inclusion;
        return (kind == CriterionKind.Exclusion ? criterion[3..] : criterion, kind, text[(arrow + Arrow.Length)..]);
    }

    public static string Render(IEnumerable<Constraint> constraints) => string.Join(" ; ", constraints.Select(c => c.ToString()));

    private static bool IsCase(string line) => line.Length > 0 && !line.StartsWith('#') && line.Contains(Arrow, StringComparison.Ordinal);
}
