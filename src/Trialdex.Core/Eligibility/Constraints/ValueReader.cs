namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>Reads one value at a token: a number ("1,500", "-3"), a number word ("two"), or "a"/"an" before a time unit.</summary>
internal static class ValueReader
{
    public static bool TryRead(List<Token> tokens, int at, bool allowSign, out decimal value, out string text, out int end)
    {
        value = 0;
        text = string.Empty;
        end = at;
        if (at >= tokens.Count)
        {
            return false;
        }

        var t = tokens[at];
        if (allowSign && t.Kind == TokenKind.Symbol && t.Text[0] is '-' or '−' or '+' && at + 1 < tokens.Count
            && tokens[at + 1].IsNumber && tokens[at + 1].Start == t.End && Numbers.Parse(tokens[at + 1].Text) is { } signed)
        {
            value = t.Text[0] == '+' ? signed : -signed;
            text = t.Text + tokens[at + 1].Text;
            end = at + 2;
            return true;
        }

        if (t.IsNumber && Numbers.Parse(t.Text) is { } number)
        {
            value = number;
            text = t.Text;
            end = at + 1;
            return true;
        }

        if (t.IsWord && (Numbers.ParseWord(t.Text) ?? Multiple(t.Text)) is { } word)
        {
            value = word;
            text = t.Text;
            end = at + 1;
            return true;
        }

        return false;
    }

    /// <summary>"twice" and "thrice", which criteria use for multiples of the upper limit of normal.</summary>
    private static decimal? Multiple(string word) =>
        word.Equals("twice", StringComparison.OrdinalIgnoreCase) ? 2 : word.Equals("thrice", StringComparison.OrdinalIgnoreCase) ? 3 : null;

    /// <summary>True when the value at this token is written as a number word, which needs an operator or a unit.</summary>
    public static bool IsWord(List<Token> tokens, int at) => at < tokens.Count && tokens[at].IsWord;
}
