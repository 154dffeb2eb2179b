namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>The words that qualify what follows them in a clause: negation, history, activity, family.</summary>
internal static class FlagWords
{
    private static readonly Dictionary<string, ConstraintFlags> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["no"] = ConstraintFlags.Negated, ["not"] = ConstraintFlags.Negated, ["non"] = ConstraintFlags.Negated,
        ["without"] = ConstraintFlags.Negated, ["absence"] = ConstraintFlags.Negated, ["absent"] = ConstraintFlags.Negated,
        ["denies"] = ConstraintFlags.Negated, ["deny"] = ConstraintFlags.Negated, ["denied"] = ConstraintFlags.Negated,
        ["free"] = ConstraintFlags.Negated, ["negative"] = ConstraintFlags.Negated, ["never"] = ConstraintFlags.Negated,
        ["none"] = ConstraintFlags.Negated, ["neither"] = ConstraintFlags.Negated, ["nor"] = ConstraintFlags.Negated,
        ["refrain"] = ConstraintFlags.Negated, ["abstain"] = ConstraintFlags.Negated,
        ["history"] = ConstraintFlags.History, ["prior"] = ConstraintFlags.History, ["previous"] = ConstraintFlags.History,
        ["previously"] = ConstraintFlags.History, ["past"] = ConstraintFlags.History, ["former"] = ConstraintFlags.History,
        ["ever"] = ConstraintFlags.History,
        ["active"] = ConstraintFlags.Active, ["current"] = ConstraintFlags.Active, ["currently"] = ConstraintFlags.Active,
        ["ongoing"] = ConstraintFlags.Active, ["uncontrolled"] = ConstraintFlags.Active, ["concurrent"] = ConstraintFlags.Active,
        ["concurrently"] = ConstraintFlags.Active, ["concomitant"] = ConstraintFlags.Active,
        ["family"] = ConstraintFlags.Family,
    };

    /// <summary>Rules out most words before the lookup in <see cref="Cues"/>; declared after it, as initialisers run in text order.</summary>
    private static readonly WordFilter CueFilter = new(Cues.Keys);

    /// <summary>How many tokens back a cue reaches: "No serious bleeding tendency or active bleeding" is within it.</summary>
    private const int Scope = 12;

    private static readonly WordSet ScopeEnds = new() { "but", "except", "unless", "however", "other" };

    /// <summary>Words that open a list of what a criterion does ask about, ending an exception before them: "other than liver disease, including heart failure".</summary>
    private static readonly WordSet Lists = new() { "including", "includes", "include", "such" };

    /// <summary>"except", "excluding", "exception" (of "with the exception of"), "other than", "apart from": what follows is an exception.</summary>
    /// <remarks>Runs for every token a cue scan passes, so it compares in place: "than" and "from" by their neighbour.</remarks>
    private static bool Excepts(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (Exceptions.Contains(word))
        {
            return true;
        }

        return i > 0 && (word.Equals("than", StringComparison.OrdinalIgnoreCase) ? tokens[i - 1].Text.Equals("other", StringComparison.OrdinalIgnoreCase)
            : word.Equals("from", StringComparison.OrdinalIgnoreCase) && tokens[i - 1].Text.Equals("apart", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly WordSet Exceptions = new() { "except", "excepting", "excluding", "exception" };

    /// <summary>Cues that name the thing to be given up ("refrain from breast-feeding"), and the words that turn them round ("unwilling to refrain from").</summary>
    private static readonly WordSet GivingUp = new() { "refrain", "abstain" };

    private static readonly WordSet Refusals = new() { "unwilling", "unable", "refuse", "refuses", "refusal", "inability", "not" };

    private static readonly WordSet Comparatives = new()
    {
        "more", "less", "greater", "fewer", "later", "longer", "higher", "lower", "exceeding", "to", "below", "above", "earlier",
    };

    /// <summary>How far into a criterion its leading cues reach ("Prior personal history of", "No serious … or active").</summary>
    private const int LeadingScope = 6;

    /// <summary>A leading negation must open the criterion: "No …", "Not …", "Without …", "Absence of …".</summary>
    private const int LeadingNegation = 2;

    public static bool IsCue(string word) => CueFilter.MayContain(word) && Cues.ContainsKey(word);

    private static bool TryCue(string word, out ConstraintFlags flag)
    {
        flag = ConstraintFlags.None;
        return CueFilter.MayContain(word) && Cues.TryGetValue(word, out flag);
    }

    /// <summary>The flags of the cues that open a criterion, read left to right up to the end of their scope.</summary>
    public static ConstraintFlags Leading(List<Token> tokens, bool[] inComparison)
    {
        var flags = ConstraintFlags.None;
        for (var i = 0; i < Math.Min(tokens.Count, LeadingScope) && !ScopeEnds.Contains(tokens[i].Text); i++)
        {
            if (!inComparison[i] && TryCue(tokens[i].Text, out var flag) && (flag != ConstraintFlags.Negated || i < LeadingNegation))
            {
                flags |= flag;
            }
        }

        return flags;
    }

    /// <summary>The flags of the cue words in tokens [from, to), at most <see cref="Scope"/> back, skipping "no more than" and the like.</summary>
    public static ConstraintFlags Before(List<Token> tokens, bool[] inComparison, int from, int to)
    {
        var flags = ConstraintFlags.None;
        var floor = Math.Max(from, to - Scope);

        // "including" or "such as" between an exception and the constraint lists what the criterion does ask about;
        // it ends only the exception, not the other cues ("No illness such as diabetes" still denies diabetes).
        var listed = to < tokens.Count && Lists.Contains(tokens[to].Text);
        for (var i = to - 1; i >= floor; i--)
        {
            if (!listed && Excepts(tokens, i))
            {
                flags |= ConstraintFlags.Excepted;
                break;
            }

            listed |= Lists.Contains(tokens[i].Text);
            if (ScopeEnds.Contains(tokens[i].Text))
            {
                break;
            }

            if (tokens[i].Text == ")")
            {
                // A parenthesis before the constraint closes what its cues are about: "(…, or shows no infarct)
                // Measurable neurologic deficit" does not deny the deficit. Its cues are skipped; those before it count.
                i = OpeningParenthesis(tokens, i, floor);
                continue;
            }

            if (!inComparison[i] && TryCue(tokens[i].Text, out var flag)
                && !(flag == ConstraintFlags.Negated && i + 1 < tokens.Count && Comparatives.Contains(tokens[i + 1].Text))
                && !(GivingUp.Contains(tokens[i].Text) && RefusedBefore(tokens, floor, i)))
            {
                flags |= flag;
            }
        }

        return flags;
    }

    /// <summary>The index of the "(" that the ")" at <paramref name="close"/> closes, or <paramref name="floor"/> when none does within reach.</summary>
    private static int OpeningParenthesis(List<Token> tokens, int close, int floor)
    {
        var depth = 0;
        for (var i = close; i >= floor; i--)
        {
            depth += tokens[i].Text switch { ")" => 1, "(" => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return floor;
    }

    /// <summary>"Unwilling to refrain from", "not able to abstain from": giving up refused, so the thing itself is meant.</summary>
    private static bool RefusedBefore(List<Token> tokens, int floor, int cue)
    {
        for (var i = cue - 1; i >= Math.Max(floor, cue - 4); i--)
        {
            if (Refusals.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
