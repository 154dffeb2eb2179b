using System.Globalization;
using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Reads when a note's conditions began and procedures were done, when it says so relatively just after naming them,
/// in the same sentence and before the next one named: "a stroke 10-15 years ago", "C-section 2 years ago",
/// "COPD for 10 years", "Parkinson's disease since 3 years". Vague times ("a few years ago") are left out.
/// </summary>
internal static partial class NoteTimes
{
    /// <summary>How far after a fact its time may be written.</summary>
    private const int Reach = 60;

    public static void Attach(string note, PatientParts parts)
    {
        var starts = parts.Conditions.Select(c => c.Source).Concat(parts.Procedures.Select(p => p.Source))
            .OfType<NoteSource>().Select(s => s.Span.Start).Order().ToArray();
        for (var i = 0; i < parts.Conditions.Count; i++)
        {
            if (parts.Conditions[i] is { Source: NoteSource source, Negated: false } condition && After(note, source.Span, starts) is ({ } elapsed, var lasting))
            {
                // "History of asthma for 3 years": had for that long, so has it still.
                parts.Conditions[i] = condition with
                {
                    Elapsed = elapsed,
                    Status = lasting && condition.Status == ConditionStatus.History ? ConditionStatus.Active : condition.Status,
                };
            }
        }

        for (var i = 0; i < parts.Procedures.Count; i++)
        {
            if (parts.Procedures[i] is { Source: NoteSource source } procedure && After(note, source.Span, starts) is ({ } elapsed, _))
            {
                parts.Procedures[i] = procedure with { Elapsed = elapsed };
            }
        }
    }

    /// <summary>The time written after a fact, and whether it says how long the fact has lasted ("for 10 years", "since 3 years") rather than when it happened ("2 years ago").</summary>
    private static (ElapsedDays? Elapsed, bool Lasting) After(string note, TextSpan span, int[] starts)
    {
        var from = Math.Min(note.Length, span.Start + span.Length);
        var next = Array.Find(starts, s => s >= from);
        var to = Math.Min(from + Reach, next > 0 ? next : note.Length);
        to = Math.Min(to, note.Length);
        var clause = note[from..to];
        var end = SentenceEnd().Match(clause);
        if (end.Success)
        {
            clause = clause[..end.Index];
        }

        var match = Elapsed().Match(clause);
        if (!match.Success || Number(match.Groups["a"].Value) is not { } least)
        {
            return (null, false);
        }

        var most = match.Groups["b"].Success && Number(match.Groups["b"].Value) is { } upper && upper >= least ? upper : least;
        var days = match.Groups["u"].Value.ToLowerInvariant() switch
        {
            "day" => 1,
            "week" => 7,
            "month" => 30.4375,
            _ => 365.25,
        };
        return (new ElapsedDays(least * days, most * days), match.Groups["lasting"].Success);
    }

    private static double? Number(string text) => text.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null,
    };

    /// <summary>"2 years ago", "10-15 years ago", "for 10 years", "for the past 3 months", "since 2 years (ago)".</summary>
    [GeneratedRegex(@"^[^;:]{0,40}?(?:\b(?<lasting>for|since)\s+(?:the\s+(?:past|last)\s+)?(?<a>\d{1,3}(?:\.\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:-|–|to)\s*(?<b>\d{1,3}))?\s+(?<u>day|week|month|year)s?\b|\b(?<a>\d{1,3}(?:\.\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:-|–|to)\s*(?<b>\d{1,3}))?\s+(?<u>day|week|month|year)s?\s+ago\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elapsed();

    /// <summary>The end of a sentence: a full stop not inside a number, or a line break.</summary>
    [GeneratedRegex(@"(?<!\d)\.(?!\d)|\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
