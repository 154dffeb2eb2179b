using System.Text.RegularExpressions;

namespace Trialdex.Core.Vocabulary;

/// <summary>The shape of a MeSH tree number: a letter, two digits, then dot-separated groups of three digits ("C13.351.500").</summary>
internal static partial class MeshTreeNumber
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    /// <summary>
    /// True when the tree number places a condition a patient can have: a disease (C), a mental disorder (F03), or a
    /// behavioural symptom (F01.145.126: depression, suicidal ideation, delusions), which notes and criteria name as
    /// conditions although MeSH files them under behaviour.
    /// </summary>
    public static bool IsCondition(string tree) =>
        tree.StartsWith('C') || tree.StartsWith("F03", StringComparison.Ordinal) || tree.StartsWith("F01.145.126", StringComparison.Ordinal);

    /// <summary>True when the tree number places a neoplasm (C04).</summary>
    public static bool IsNeoplasm(string tree) => tree.StartsWith("C04", StringComparison.Ordinal);

    /// <summary>True when the tree number lies among MeSH's "Signs and Symptoms" (C23.888: pain, fever, cough, dyspnea, obesity as a body weight).</summary>
    public static bool IsSignOrSymptom(string tree) => tree.StartsWith("C23.888", StringComparison.Ordinal);

    /// <summary>
    /// True when the tree numbers place a disease: a condition (<see cref="IsCondition"/>) somewhere outside the
    /// pathological conditions, signs and symptoms (C23), and not also a sign or symptom — "Breast Neoplasms",
    /// "Hypertension"; not "Pain", "Dyspnea" (also a respiration disorder), "Recurrence".
    /// </summary>
    public static bool IsDisease(IReadOnlyCollection<string> trees) =>
        !trees.Any(IsSignOrSymptom) && trees.Any(t => IsCondition(t) && !t.StartsWith("C23", StringComparison.Ordinal));

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9]{3})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
