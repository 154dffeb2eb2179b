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
        ["history"] = ConstraintFlags.History, ["prior"] = ConstraintFlags.History, ["previous"] = ConstraintFlags.History,
        ["previously"] = ConstraintFlags.History, ["past"] = ConstraintFlags.History, ["former"] = ConstraintFlags.History,
        ["ever"] = ConstraintFlags.History,
        ["active"] = ConstraintFlags.Active, ["current"] = ConstraintFlags.Active, ["currently"] = ConstraintFlags.Active,
        ["ongoing"] = ConstraintFlags.Active, ["uncontrolled"] = ConstraintFlags.Active,
        ["family"] = ConstraintFlags.Family,
    };

    /// <summary>Rules out most words before the lookup in <see cref="Cues"/>; declared after it, as initialisers run in text order.</summary>
    private static readonly WordFilter CueFilter = new(Cues.Keys);

    /// <summary>How many tokens back a cue reaches: "No serious bleeding tendency or active bleeding" is within it.</summary>
    private const int Scope = 12;

    private static readonly WordSet ScopeEnds = new() { "but", "except", "unless", "however", "other" };

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
        for (var i = to - 1; i >= Math.Max(from, to - Scope); i--)
        {
            if (ScopeEnds.Contains(tokens[i].Text))
            {
                break;
            }

            if (!inComparison[i] && TryCue(tokens[i].Text, out var flag)
                && !(flag == ConstraintFlags.Negated && i + 1 < tokens.Count && Comparatives.Contains(tokens[i + 1].Text)))
            {
                flags |= flag;
            }
        }

        return flags;
    }
}
