using System.Text.RegularExpressions;

namespace Trialdex.Core.Import;

/// <summary>
/// Study ids: ClinicalTrials.gov's <c>NCT</c> + 8 digits, or <c>LOCAL-…</c> for records written locally (such as the
/// bundled sample trials whose seed pages gave no NCT id), which can never collide with a registry id.
/// </summary>
public static partial class StudyIds
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>Upper-cases an id so lookups are case-insensitive ("nct05106972" → "NCT05106972").</summary>
    public static string Normalize(string id) => id.Trim().ToUpperInvariant();

    [GeneratedRegex(@"^(?:NCT\d{8}|LOCAL-[A-Z0-9]+(?:-[A-Z0-9]+)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
