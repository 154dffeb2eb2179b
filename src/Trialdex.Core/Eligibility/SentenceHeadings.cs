namespace Trialdex.Core.Eligibility;

/// <summary>
/// Lead-in sentences that open a section: "Patients must meet all of the following:", "You may be eligible for this
/// study if you:", "Patients with the following conditions are excluded:", "Patients will be excluded if".
/// Only generic ones qualify: a sentence that carries information ("Excluded within 2 weeks of entry:", "must have
/// adequate organ function:", "must have one of the following:") stays a criterion and leads its sub-items.
/// </summary>
internal static class SentenceHeadings
{
    private const int MaxLength = 160;

    private static readonly HashSet<string> Determiners = Set("the", "all", "any", "potential", "prospective", "eligible", "these", "your", "a", "an", "each", "every");

    private static readonly HashSet<string> Subjects = Set(
        "patients", "patient", "subjects", "subject", "participants", "participant", "volunteers", "volunteer", "individuals",
        "individual", "persons", "person", "people", "candidates", "candidate", "women", "men", "children", "child", "adults",
        "adult", "infants", "infant", "you", "they", "mothers", "mother", "parents", "parent", "caregivers", "donors", "donor",
        "recipients", "those", "anyone", "following");

    private static readonly HashSet<string> MiddleWords = Set(
        "with", "who", "have", "has", "any", "of", "the", "following", "conditions", "condition", "symptoms", "symptom", "prior",
        "diseases", "disease", "or", "and", "characteristics", "criteria", "meet", "meeting", "meets", "present", "presenting");

    private static readonly HashSet<string> Auxiliaries = Set("are", "is", "will", "shall", "would", "must", "may", "should", "can", "could", "might", "need", "needs");

    private static readonly HashSet<string> ExcludedWords = Set("excluded", "ineligible", "disqualified");

    private static readonly HashSet<string> NegatedInclusionWords = Set(
        "eligible", "included", "enrolled", "considered", "allowed", "permitted", "participate", "qualify", "have", "meet", "enter",
        "enroll", "take", "able", "be");

    private static readonly HashSet<string> InclusionWords = Set(
        "eligible", "included", "enrolled", "selected", "considered", "qualify", "meet", "fulfill", "fulfil", "satisfy", "have",
        "present", "be", "enter", "participate");

    private static readonly HashSet<string> TailWords = Set(
        "all", "of", "the", "following", "criteria", "criterion", "conditions", "condition", "requirements", "to", "be", "eligible",
        "included", "enrolled", "in", "for", "this", "study", "trial", "protocol", "if", "they", "you", "he", "she", "or", "and",
        "participation", "participate", "entry", "enrollment", "enrolment", "inclusion", "exclusion", "each", "listed", "below",
        "characteristics", "able", "meet", "have", "has", "are", "is", "from", "any", "apply", "applies", "present", "reasons",
        "reason", "with", "at", "time", "screening", "met", "true", "these", "must", "patients", "subjects", "participants", "will");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndWords =
        new HashSet<string>(["if", "they", "you", "she", "following", "criteria", "apply", "applies"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static HeadingKind? Match(string text, int start, int end)
    {
        if (end - start > MaxLength || text.AsSpan(start, end - start).ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        if (text[end - 1] is not (':' or '：') && !EndsWithEndWord(text, start, end))
        {
            return null;
        }

        var words = Words(text, start, end);

        if (words is ["to", "be", ..] or ["in", "order", "to", "be", ..] && words.Contains("eligible"))
        {
            return HeadingKind.Inclusion;
        }

        if (words is ["any", "of", "the", "following", ..] && (words.Contains("exclude") || words.Contains("excludes")))
        {
            return HeadingKind.Exclusion;
        }

        var i = 0;
        while (i < words.Count && Determiners.Contains(words[i]))
        {
            i++;
        }

        if (i >= words.Count || !Subjects.Contains(words[i++]))
        {
            return null;
        }

        while (i < words.Count && MiddleWords.Contains(words[i]))
        {
            i++;
        }

        var j = i;
        return ExclusionPredicate(words, ref i) && TailOnly(words, i) ? HeadingKind.Exclusion
            : InclusionPredicate(words, ref j) && TailOnly(words, j) ? HeadingKind.Inclusion
            : null;
    }

    private static bool ExclusionPredicate(List<string> words, ref int i)
    {
        if (At(words, i) == "cannot")
        {
            i++;
            return NegatedInclusionWords.Contains(At(words, i++));
        }

        if (!Auxiliaries.Contains(At(words, i)))
        {
            return false;
        }

        i++;
        var negated = At(words, i) == "not" && ++i > 0;
        var be = At(words, i) == "be" && ++i > 0;
        if (ExcludedWords.Contains(At(words, i)))
        {
            i++;
            return !negated;
        }

        return negated && (NegatedInclusionWords.Contains(At(words, i)) ? ++i > 0 : be && i == words.Count);
    }

    private static bool InclusionPredicate(List<string> words, ref int i)
    {
        if (!Auxiliaries.Contains(At(words, i)))
        {
            return false;
        }

        i++;
        if (At(words, i) is "required" or "able" or "to")
        {
            i += At(words, i) == "to" ? 1 : At(words, i + 1) == "to" ? 2 : 1;
        }

        i += At(words, i) == "all" ? 1 : 0;
        if (At(words, i) == "be")
        {
            i++;
            if (i == words.Count)
            {
                return true;
            }
        }

        return InclusionWords.Contains(At(words, i)) && ++i > 0;
    }

    private static bool TailOnly(List<string> words, int i)
    {
        for (; i < words.Count; i++)
        {
            if (!TailWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithEndWord(string text, int start, int end)
    {
        var wordStart = end;
        while (wordStart > start && end - wordStart <= 10 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return EndWords.Contains(text.AsSpan(wordStart, end - wordStart));
    }

    private static string At(List<string> words, int i) => i < words.Count ? words[i] : string.Empty;

    private static List<string> Words(string text, int start, int end)
    {
        var words = new List<string>();
        for (var i = start; i < end;)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i > wordStart)
            {
                words.Add(text[wordStart..i].ToLowerInvariant());
            }
        }

        return words;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
