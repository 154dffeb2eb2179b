using System.Buffers;
using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility;

/// <summary>
/// Title headings: "Inclusion Criteria:", "INCLUSION CRITERIA", "Key exclusion criteria", "Criteria for inclusion",
/// "Eligibility criteria:", "Inclusion criteria -", "EXCLUSION:", "Exclusion: …" with the first criterion inline,
/// and qualified ones such as "Inclusion criteria for healthy volunteers:" that become group items.
/// </summary>
internal static partial class CriteriaHeadings
{
    private const int Window = 200;
    private const int MaxQualifiedLength = 120;
    private const int MaxQualifierWords = 4;

    private static readonly SearchValues<string> Cues = SearchValues.Create(["inclu", "exclu", "eligib", "criteri"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> FillerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "are", "is", "include", "includes", "including", "as", "follows", "follow", "the", "following", "of", "any",
        "all", "for", "this", "study", "trial", "will", "be", "apply", "applies", "must", "meet", "to", "participate", "in", "each", "one", "listed", "below", "have", "criteria", "and", "both",
        "protocol", "were", "used", "enrollment", "enrolment", "entry", "participation", "these", "s",
    };

    /// <summary>Filler only after "all", "each" or "every": "for all patients" names no cohort, "for patients" may.</summary>
    private static readonly HashSet<string> EveryoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "patients", "subjects", "participants", "volunteers", "cohorts", "groups", "arms", "parts",
    };

    /// <summary>Words that make a phrase prose about criteria rather than a heading ("meets the exclusion criteria").</summary>
    public static readonly HashSet<string> ProseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "these", "those", "all", "any", "of", "following", "above", "below", "with", "per", "meet", "meets", "meeting",
        "met", "see", "listed", "and", "or", "other", "by", "in", "on", "to", "from", "for", "our", "study", "protocol", "specific",
        "general", "both", "applicable", "same", "standard", "usual", "no", "not", "their", "its", "fulfil", "fulfill", "satisfy",
        "failure", "fail", "fails", "are", "is", "be", "were", "was", "will", "must", "may", "should", "have", "has", "who",
    };

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "in", "of", "at", "during", "per", "by", "regarding", "related", "specific", "applicable", "only",
    };

    [GeneratedRegex("""
        ^(?:(?:key|main|major|general|specific|additional|other|principal|primary|secondary|basic|important|further|study|trial|subject|patient|participant|medical|clinical|list\s+of|summary\s+of|brief|the)s?(?:'s|’s|')?\s+)*
        (?<qualifier>(?:[\p{L}\p{N}'’/-]+\s+){1,3}?)??
        (?:
            (?<neutral>(?:inclusion|inclusionary)\s*(?:and|&|/|or)\s*(?:exclusion|exclusionary)(?:\s+(?:criteria|criterion|requirements?))?)
          | (?<inclusion>inclusion|inclusionary)\s+(?:criteria|criterion|requirements?)
          | (?<exclusion>exclusion|exclusionary)\s+(?:criteria|criterion|requirements?)
          | (?<neutral>eligibility|selection|entry|enrol?ment|participation)\s+(?:criteria|criterion|requirements?)
          | criteria\s+(?:for|of)\s+(?:(?<inclusion>inclusion)|(?<exclusion>exclusion)|(?<neutral>eligibility|participation|entry|enrol?ment|selection))
          | (?<bare>(?<inclusion>inclusions?|included)|(?<exclusion>exclusions?|excluded)|(?<neutral>eligibility))(?=\s*(?:[:：]|[-–—](?:\s|$)|$))
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Heading();

    public static SectionHeading? Match(string text, int s, int e, int segmentEnd)
    {
        var length = Math.Min(e - s, Window);
        if (!HasCue(text.AsSpan(s, length)))
        {
            return null;
        }

        var match = Heading().Match(text, s, length);
        if (!match.Success || (match.Groups["bare"].Success && match.Length == length && length < e - s))
        {
            return null;
        }

        var kind = match.Groups["inclusion"].Success ? HeadingKind.Inclusion
            : match.Groups["exclusion"].Success ? HeadingKind.Exclusion
            : HeadingKind.Neutral;
        var sentence = match.Groups["bare"].Success && match.Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        if (match.Groups["qualifier"].Success)
        {
            var qualifier = match.Groups["qualifier"];
            return match.Groups["bare"].Success || Words(text, qualifier.Index, qualifier.Index + qualifier.Length).Any(ProseWords.Contains)
                ? null
                : QualifiedTitle(text, s, s + match.Length, e, segmentEnd, kind);
        }

        return Rest(text, s, TextShape.SkipSpaces(text, s + match.Length, e), e, segmentEnd) is { } rest
            ? new SectionHeading(kind, sentence, s, rest.GroupEnd, rest.RemainderStart)
            : null;
    }

    /// <summary>
    /// "School inclusion criteria:", "Healthy volunteer exclusion criteria": words before the heading qualify it, and
    /// then nothing but a colon or dash may follow, so that prose ("Subjects meeting exclusion criteria will …") is
    /// not taken for a heading.
    /// </summary>
    private static SectionHeading? QualifiedTitle(string text, int s, int p, int e, int segmentEnd, HeadingKind kind)
    {
        var rest = TextShape.SkipSpaces(text, p, e);
        while (rest < e && text[rest] is ':' or '：' or '-' or '–' or '—' || (rest < e && TextShape.IsSpace(text[rest])))
        {
            rest++;
        }

        var groupEnd = TextShape.TrimEnd(text, s, p);
        return rest >= e && e - s <= MaxQualifiedLength ? new SectionHeading(kind, false, s, groupEnd, segmentEnd) : null;
    }

    /// <summary>Reads what follows the heading words: nothing, an inline criterion, or a qualifier.</summary>
    private static (int GroupEnd, int RemainderStart)? Rest(string text, int s, int p, int e, int segmentEnd)
    {
        var bare = (s, segmentEnd);
        if (p >= e)
        {
            return bare;
        }

        var colonEnd = text[e - 1] is ':' or '：' ? TextShape.TrimEnd(text, p, e - 1) : e;
        if (text[p] is ':' or '：')
        {
            var remainder = TextShape.SkipSpaces(text, p + 1, e);
            return remainder >= e ? bare : (s, remainder);
        }

        if (text[p] is '-' or '–' or '—' && (p + 1 >= e || TextShape.IsSpace(text[p + 1])))
        {
            var after = TextShape.SkipSpaces(text, p + 1, colonEnd);
            return after >= colonEnd ? bare
                : colonEnd < e || (WordCount(text, after, e) <= MaxQualifierWords && text[e - 1] != '.') ? (colonEnd, segmentEnd)
                : (s, after);
        }

        if (MarkerParser.Parse(text, p, e) is not null)
        {
            return (s, p);
        }

        if (AllFiller(text, p, colonEnd))
        {
            return bare;
        }

        if ((text[p] is '(' or '[' || colonEnd < e || QualifierWords.Contains(FirstWord(text, p, e))) && e - s <= MaxQualifiedLength)
        {
            return (colonEnd, segmentEnd);
        }

        return char.IsUpper(text[s]) && char.IsUpper(text[p]) ? (s, p) : null;
    }

    private static bool HasCue(ReadOnlySpan<char> window) => window.IndexOfAny(Cues) >= 0;

    private static bool AllFiller(string text, int start, int end)
    {
        var everyone = false;
        foreach (var word in Words(text, start, end))
        {
            everyone |= word.Equals("all", StringComparison.OrdinalIgnoreCase) || word.Equals("each", StringComparison.OrdinalIgnoreCase)
                || word.Equals("every", StringComparison.OrdinalIgnoreCase);
            if (!FillerWords.Contains(word) && !(everyone && EveryoneWords.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(string text, int start, int end) => Words(text, start, end).Take(MaxQualifierWords + 1).Count();

    private static string FirstWord(string text, int start, int end) => Words(text, start, end).FirstOrDefault() ?? string.Empty;

    private static IEnumerable<string> Words(string text, int start, int end)
    {
        for (var i = start; i < end;)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > wordStart)
            {
                yield return text[wordStart..i];
            }
        }
    }
}
