namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Phrases of tokens ("greater than or equal to", "&gt;=", "ast/alt") found at a token position, longest first, in
/// time bounded by the longest phrase: they are indexed by their first token and compared ignoring case and the
/// spaces between tokens.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Tokens, T Value)>> _byFirst = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rules out most tokens before the lookup by first token.</summary>
    private readonly WordFilter _firstTokens = new();

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase).Select(t => t.Text).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            _firstTokens.Add(tokens[0]);
            if (!_byFirst.TryGetValue(tokens[0], out var list))
            {
                _byFirst[tokens[0]] = list = [];
            }

            list.Add((tokens, value));
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>: its value and how many tokens it spans.</summary>
    public bool TryMatch(List<Token> tokens, int at, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (at < 0 || at >= tokens.Count || !_firstTokens.MayContain(tokens[at].Text) || !_byFirst.TryGetValue(tokens[at].Text, out var candidates))
        {
            return false;
        }

        foreach (var (phrase, candidate) in candidates)
        {
            if (Matches(tokens, at, phrase))
            {
                value = candidate;
                length = phrase.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase ending just before token <paramref name="end"/>, for looking leftwards.</summary>
    public bool TryMatchEndingAt(List<Token> tokens, int end, int maxLength, out T value, out int start)
    {
        for (var length = Math.Min(maxLength, end); length >= 1; length--)
        {
            if (TryMatch(tokens, end - length, out value, out var matched) && matched == length)
            {
                start = end - length;
                return true;
            }
        }

        value = default!;
        start = -1;
        return false;
    }

    private static bool Matches(List<Token> tokens, int at, string[] phrase)
    {
        if (at + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!tokens[at + k].Is(phrase[k]))
            {
                return false;
            }
        }

        return true;
    }
}
