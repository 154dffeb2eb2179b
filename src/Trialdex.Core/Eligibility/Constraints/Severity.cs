namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// The words that name a condition's degree or control just before it — "uncontrolled", "poorly controlled",
/// "severe", "serious", "clinically significant", "unstable", "symptomatic", "decompensated", "refractory",
/// "life-threatening" — which make the criterion ask more than whether the patient has the condition
/// (<see cref="ConstraintFlags.Qualified"/>): "No uncontrolled hypertension" is not failed by hypertension alone.
/// </summary>
internal static class Severity
{
    /// <summary>How many tokens before the condition the words are looked for.</summary>
    private const int Reach = 4;

    private static readonly WordSet Words = new()
    {
        "uncontrolled", "poorly", "inadequately", "insufficiently", "unstable", "severe", "serious", "significant", "relevant",
        "symptomatic", "decompensated", "refractory", "progressive", "advanced", "life-threatening", "threatening", "untreated",
        "uncorrected", "unresolved", "moderate", "major", "intractable", "overt",
    };

    /// <summary>Words that may stand between the degree and the condition: "serious concurrent infection", "severe or uncontrolled medical illness".</summary>
    private static readonly WordSet Between = new()
    {
        "or", "and", ",", "/", "-", "(", "other", "concurrent", "concomitant", "active", "current", "medical", "known", "clinically",
        "controlled", "to", "acute", "chronic",
    };

    /// <summary>
    /// How many of the words just before a condition in a note name its degree ("poorly controlled", "severe"), given
    /// the words before it nearest first; 0 when none does.
    /// </summary>
    public static int DegreeWordsBefore(IEnumerable<string> nearestFirst)
    {
        var (count, degree) = (0, 0);
        foreach (var word in nearestFirst.Take(Reach))
        {
            if (Words.Contains(word))
            {
                degree = ++count;
            }
            else if (word.Equals("controlled", StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }
            else
            {
                break;
            }
        }

        return degree;
    }

    /// <summary>Endings of the adjectives that name a kind of condition ("allergic", "seasonal", "ischemic", "degenerative", "persistent").</summary>
    private static readonly string[] KindEndings = ["al", "ic", "ive", "ous", "ary", "ent", "ant", "ile", "ar"];

    /// <summary>Adjectives with those endings that do not narrow the condition after them.</summary>
    private static readonly WordSet PlainAdjectives = new()
    {
        "clinical", "medical", "current", "recent", "relevant", "important", "adequate", "normal", "several", "general",
        "potential", "additional", "previous", "various", "usual", "present", "frequent", "personal", "apparent", "evident",
        "consistent", "compatible", "similar", "particular", "actual", "original", "initial", "principal", "essential", "total",
        "partial", "physical", "mental", "prior", "concurrent", "concomitant", "coexistent", "coexisting", "pertinent",
        "documented", "definitive", "positive", "negative", "active", "established", "typical", "classic", "classical",
        "systemic", "treatment", "standard", "patient", "cellular",
    };

    /// <summary>
    /// True when the word just before token <paramref name="first"/> is an adjective naming a kind of the condition
    /// that MeSH has no term for: "seasonal allergic asthma" against a record's "asthma", "ischemic … CNS disease"
    /// against its migraine. The record's condition does not say it is of that kind.
    /// </summary>
    public static bool KindBefore(List<Token> tokens, int first, int clauseStart)
    {
        if (first - 1 < clauseStart || first < 1)
        {
            return false;
        }

        var word = tokens[first - 1];
        return word.IsWord && !Words.Contains(word.Text) && IsKindAdjective(word.Text);
    }

    /// <summary>True when a word as written names a kind of what follows it ("obstructive", "peripheral"): not a degree word.</summary>
    public static bool IsKind(string word) => !Words.Contains(word) && IsKindAdjective(word);

    /// <summary>An adjective naming a kind: a lower-case word (but for its first letter) with a <see cref="KindEndings"/> ending, not plain and not a cue.</summary>
    private static bool IsKindAdjective(string word) =>
        word.Length >= 5 && word.Skip(1).All(char.IsLower) && !PlainAdjectives.Contains(word) && !FlagWords.IsCue(word.ToLowerInvariant())
        && KindEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when a treatment's words, as a criterion writes them, name a kind or degree of it ("myelosuppressive
    /// chemotherapy", "allogeneic transplant", "major surgery"), which a record naming only the treatment's class does
    /// not settle.
    /// </summary>
    public static bool Narrows(string treatment)
    {
        // The words before the head noun ("allogeneic" of "allogeneic transplant"), not the noun itself.
        var words = treatment.Split([' ', '-', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.SkipLast(1).Any(w => Words.Contains(w) || IsKindAdjective(w));
    }

    /// <summary>True when a degree word comes within reach before token <paramref name="first"/>, in its clause, with only <see cref="Between"/> words after it.</summary>
    public static bool Before(List<Token> tokens, int first, int clauseStart)
    {
        for (var i = first - 1; i >= Math.Max(clauseStart, first - Reach); i--)
        {
            if (Words.Contains(tokens[i].Text))
            {
                return true;
            }

            if (!Between.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return false;
    }
}
