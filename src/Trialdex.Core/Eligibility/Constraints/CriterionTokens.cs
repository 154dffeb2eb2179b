namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>A criterion's text, its tokens, and where each token's clause starts (after the last ";", "." or ":").</summary>
internal sealed class CriterionTokens
{
    public CriterionTokens(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        ClauseStarts = new int[Tokens.Count];
        var clause = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            ClauseStarts[i] = clause;
            if (FieldFinder.IsBoundary(Tokens[i]))
            {
                clause = i + 1;
            }
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public int[] ClauseStarts { get; }

    /// <summary>The index of the first token that starts at or after a character offset.</summary>
    public int TokenAfter(int offset)
    {
        var lo = 0;
        var hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
