namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Finds what a comparison is about by looking left from it within its clause: the nearest known field
/// ("platelets", "ECOG", "age"), an age cue, or else the noun phrase just before it ("Submucosal fibroids (&gt;2 cm)").
/// </summary>
internal static class FieldFinder
{
    private const int Window = 8;
    private const int MaxPhraseWords = 4;

    private static readonly WordSet Skippable = new()
    {
        "is", "are", "was", "were", "be", "of", "level", "levels", "value", "values", "count", "concentration", "(", ":", "=",
        "must", "should", "in", "the", "a", "an", "measured", "serum", "plasma", "total", "with", "has", "have", "had", "for", "since",
    };

    private static readonly WordSet Stops = new()
    {
        "with", "and", "or", "in", "on", "for", "the", "a", "an", "to", "than", "at", "by", "who", "that", "which", "if", "of",
        "from", "as", "is", "are", "be", "was", "were", "have", "has", "had", "not", "no", "any", "their", "his", "her", "per",
        "after", "before", "since", "during", "within", "prior", "e.g", "i.e", "including", "defined", "patients", "subjects",
    };

    private static readonly WordSet AgeCues = new()
    {
        "age", "aged", "ages", "old", "older", "younger", "adults", "adult", "children", "child", "men", "women", "males",
        "females", "male", "female", "patients", "subjects", "participants", "individuals", "volunteers", "persons", "people",
        "adolescents", "boys", "girls", "infants", "man", "woman", "person", "patient", "subject", "participant", "between",
        "both", "sexes", "genders", "gender", "sex", "and", "or", "be", "must", "are", "is", "who", "years", "healthy", ",",
    };

    /// <summary>The nearest known field to the left within the clause, and the token where it starts.</summary>
    public static ((string Field, ConstraintKind Kind) Field, int Start)? Known(List<Token> tokens, int first, int floor)
    {
        for (var end = first; end > Math.Max(floor, first - Window); end--)
        {
            if (IsBoundary(tokens[end - 1]))
            {
                return null;
            }

            if (FieldWords.Table.TryMatchEndingAt(tokens, end, 6, out var field, out var start) && start >= floor)
            {
                return (field, start);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the words before a comparison in years only name who may take part ("Women between 20 and 40",
    /// "Patients ≥ 18 years", a criterion that starts with "≥ 18 years"), so that the years are an age.
    /// </summary>
    public static bool OnlySubjectsBefore(List<Token> tokens, int first, int floor)
    {
        for (var i = first - 1; i >= floor; i--)
        {
            if (IsBoundary(tokens[i]))
            {
                return !tokens[i].IsSymbol(':') || !LabelsADuration(tokens, i);
            }

            if (!AgeCues.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return floor == 0 || !tokens[floor - 1].IsSymbol(':') || !LabelsADuration(tokens, floor - 1);
    }

    /// <summary>
    /// True when the label before the colon at <paramref name="colon"/> names a length of time, so that the years after
    /// it are a duration, not an age: "Duration from time of diagnosis of PD: less than 2 years", "Disease duration:
    /// more than 5 years". Even when the clause before the years is empty the label is read: a colon ends a clause.
    /// </summary>
    private static bool LabelsADuration(List<Token> tokens, int colon)
    {
        var duration = false;
        for (var i = colon - 1; i >= 0 && !IsBoundary(tokens[i]); i--)
        {
            if (tokens[i].Is("age") || tokens[i].Is("aged") || tokens[i].Is("ages"))
            {
                // "Age at diagnosis: 18 to 65 years" is an age.
                return false;
            }

            duration |= DurationWords.Contains(tokens[i].Text);
        }

        return duration;
    }

    private static readonly WordSet DurationWords = new()
    {
        "duration", "durations", "diagnosis", "diagnosed", "onset", "since", "history", "time", "interval", "length", "period",
        "course", "evolution", "lasting", "symptoms", "infertility", "amenorrhea", "amenorrhoea", "follow", "disease",
    };

    /// <summary>The noun phrase just before a comparison, up to four words, as written; null when there is none.</summary>
    public static (string Text, int Start)? Phrase(List<Token> tokens, string text, int first, int floor)
    {
        var end = first;
        while (end > floor && Skippable.Contains(tokens[end - 1].Text) && end > first - 3)
        {
            end--;
        }

        var start = end;
        while (start > floor && end - start < MaxPhraseWords && IsPhraseWord(tokens[start - 1]))
        {
            start--;
        }

        return start < end ? (text[tokens[start].Start..tokens[end - 1].End], start) : null;
    }

    /// <summary>The words after a comparison, up to four, for what a count or dose is of ("one of the following").</summary>
    public static (string Text, int End)? PhraseAfter(List<Token> tokens, string text, int end)
    {
        var start = end;
        while (start < tokens.Count && start < end + 2 && (tokens[start].Is("of") || tokens[start].Is("the")))
        {
            start++;
        }

        var last = start;
        while (last < tokens.Count && last - start < MaxPhraseWords && (IsPhraseWord(tokens[last]) || IsSlashJoin(tokens, last)))
        {
            last++;
        }

        return last > start ? (text[tokens[start].Start..tokens[last - 1].End], last) : null;
    }

    public static bool IsBoundary(Token t) => t.Kind == TokenKind.Symbol && t.Text[0] is ';' or '.' or ':' or '!' or '?' or '。' or '；';

    private static bool IsPhraseWord(Token t) => (t.IsWord || t.IsSymbol('-')) && !Stops.Contains(t.Text) && !OperatorStart(t);

    private static bool IsSlashJoin(List<Token> tokens, int i) =>
        tokens[i].IsSymbol('/') && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsWord && tokens[i + 1].IsWord;

    private static bool OperatorStart(Token t) =>
        t.Is("over") || t.Is("under") || t.Is("above") || t.Is("below") || t.Is("more") || t.Is("less") || t.Is("greater")
        || t.Is("least") || t.Is("up") || t.Is("between");
}
