using System.Globalization;
using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Performance status in a note: "ECOG 1", "ECOG performance status of 2", "WHO PS 0", "KPS 80", "Karnofsky 70%".
/// A range ("ECOG 0-1") says no single score and is skipped.
/// </summary>
internal static partial class NotePerformanceStatus
{
    public static void Scan(string text, PatientParts parts)
    {
        var status = parts.PerformanceStatus;
        if (Ecog().Match(text) is { Success: true } ecog)
        {
            status = status with { Ecog = Score(ecog, 5) };
        }

        if (Karnofsky().Match(text) is { Success: true } karnofsky)
        {
            status = status with { Karnofsky = Score(karnofsky, 100) };
        }

        parts.PerformanceStatus = status;
    }

    private static Fact<int>? Score(Match match, int highest)
    {
        var score = int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        return score <= highest ? new(score, new NoteSource(new TextSpan(match.Index, match.Length))) : null;
    }

    [GeneratedRegex(@"\b(?:(?:ECOG|Eastern Cooperative Oncology Group|Zubrod)(?:[ \t]{1,3}(?:performance[ \t]{1,3})?(?:status|score|grade|PS))?|(?-i:WHO)[ \t]{1,3}(?:performance[ \t]{1,3}status|PS))[ \t]{0,3}(?:of|is|was|:|=)?[ \t]{0,3}(?<n>[0-5])(?!\d|[.,]\d|\s?[-–/]\s?\d|\s?to\s\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ecog();

    [GeneratedRegex(@"\b(?:Karnofsky|KPS)(?:[ \t]{1,3}(?:performance[ \t]{1,3})?(?:status|score|scale|index))?[ \t]{0,3}(?:of|is|was|:|=)?[ \t]{0,3}(?<n>\d{1,3})(?!\d|[.,]\d|\s?[-–/]\s?\d|\s?to\s\d)[ \t]?%?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Karnofsky();
}
