namespace Trialdex.Core.Eligibility.Screening;

/// <summary>The condition a short criterion names, without the words that only introduce it ("diagnosed with", "history of").</summary>
internal static class ConditionName
{
    private static readonly string[] Leads =
    [
        "patients with ", "subjects with ", "participants with ", "women with ", "men with ", "diagnosed with ", "diagnosis of ",
        "confirmed ", "documented ", "known ", "history of ", "prior history of ", "prior personal history of ", "prior ",
        "previous ", "active ", "current ", "presence of ", "no ", "any ", "histologically ", "cytologically ", "pathologically ",
        "biopsy proven ", "proven ", "clinical diagnosis of ", "a diagnosis of ", "established diagnosis of ",
    ];

    /// <summary>Words that make a short criterion a statement rather than a condition's name.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "is", "are", "be", "been", "was", "were", "willing", "able", "agree", "agrees", "unable", "unwilling",
        "must", "should", "can", "cannot", "will", "considers", "deemed", "participate", "participating", "sign", "who", "which",
    };

    /// <summary>The normalised words of the condition, or "" when the text is too long to be only a name (over six words after the lead).</summary>
    public static string Strip(string text)
    {
        var words = Terms.Normalize(text);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var lead in Leads.Where(l => words.StartsWith(l, StringComparison.Ordinal)))
            {
                words = words[lead.Length..];
                changed = true;
            }
        }

        var split = words.Split(' ');
        return split.Length <= 6 && !split.Any(Verbs.Contains) ? words : "";
    }
}
