namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Finds scores written without an operator: a score's name, filler words ("class", "performance status", "of"),
/// then values joined by "/", ",", "or", "and" or a range dash: "ECOG 0-1", "NYHA Class III/IV", "ECOG 0 or 1",
/// "Child-Pugh A or B". Roman numerals count as numbers; class letters are kept as written.
/// </summary>
internal static class ScoreScanner
{
    private const int MaxFillers = 4;
    private const int MaxValues = 6;

    private static readonly WordSet Fillers = new()
    {
        "class", "classes", "grade", "stage", "score", "scores", "status", "performance", "ps", "of", "is", "=", ":",
        "functional", "classification", "level", "(", ")", "category", "must", "be", "scale",
    };

    public static void Scan(List<Token> tokens, bool[] consumed, List<Comparison> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || !FieldWords.ScoreFirstTokens.Contains(tokens[i].Text)
                || !FieldWords.Table.TryMatch(tokens, i, out var field, out var length) || field.Kind != ConstraintKind.Score)
            {
                continue;
            }

            var k = i + length;
            var fillers = 0;
            while (k < tokens.Count && fillers < MaxFillers && Fillers.Contains(tokens[k].Text))
            {
                k++;
                fillers++;
            }

            if (k < tokens.Count && !OperatorWords.Prefix.TryMatch(tokens, k, out _, out _) && Values(tokens, k, field.Field) is { } c)
            {
                found.Add(c);
                Array.Fill(consumed, true, c.FirstToken, c.EndToken - c.FirstToken);
                i = c.EndToken - 1;
            }
        }
    }

    private static Comparison? Values(List<Token> tokens, int at, string field)
    {
        var values = new List<decimal>();
        var texts = new List<string>();
        var range = false;
        var k = at;
        while (k < tokens.Count && texts.Count < MaxValues && Item(tokens[k]) is { } item)
        {
            texts.Add(tokens[k].Text);
            if (item.Number is { } n)
            {
                values.Add(n);
            }

            k++;
            if (k + 1 >= tokens.Count || !IsSeparator(tokens[k]) || Item(tokens[k + 1]) is null)
            {
                break;
            }

            range |= tokens[k].Text is "-" or "–" or "to";
            k++;
        }

        if (texts.Count == 0 || (values.Count > 0 && values.Count != texts.Count))
        {
            return null;
        }

        var op = texts.Count == 1 ? ComparisonOperator.Equal
            : range && texts.Count == 2 && values.Count == 2 ? ComparisonOperator.Between
            : ComparisonOperator.OneOf;
        if (op == ComparisonOperator.Between && values[0] > values[1])
        {
            return null;
        }

        return new Comparison(op, OperatorHint.None, values, texts, UnitScanner.Scan(tokens, k), at, UnitScanner.Scan(tokens, k)?.EndToken ?? k)
        {
            ScoreField = field,
        };
    }

    private static bool IsSeparator(Token t) => t.Text is "/" or "," or "-" or "–" or "to" or "or" or "and" or "Or";

    /// <summary>A number, a Roman numeral (I to X), or a capital class letter (A to D).</summary>
    private static (decimal? Number, bool Letter)? Item(Token t)
    {
        if (t.IsNumber)
        {
            return Numbers.Parse(t.Text) is { } n ? (n, false) : null;
        }

        if (!t.IsWord)
        {
            return null;
        }

        if (Roman(t.Text) is { } roman)
        {
            return (roman, false);
        }

        return t.Text.Length == 1 && t.Text[0] is >= 'A' and <= 'D' ? (null, true) : null;
    }

    private static decimal? Roman(string text) => text switch
    {
        "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6, "VII" => 7, "VIII" => 8, "IX" => 9, "X" => 10,
        _ => null,
    };
}
