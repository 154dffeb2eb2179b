namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Phrases of tokens ("greater than or equal to", "&gt;=", "ast/alt") found at a token position, longest first, in
/// time bounded by the longest phrase: they are indexed by their first token and compared ignoring case and the
/// spaces between tokens.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Tokens, T Value)>> _byFirst = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lengths of the first tokens (bit 63: 63 or longer): a token of another length starts no phrase.</summary>
    private readonly ulong _firstLengths;

    /// <summary>
    /// The ASCII capitals that first tokens start with, ignoring case as the dictionary does; null when a first token
    /// starts with a non-ASCII letter that ignoring case could equal an ASCII one, so that no ASCII token is ruled out.
    /// </summary>
    private readonly bool[]? _firstAsciiUpper = new bool[128];

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase).Select(t => t.Text).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            _firstLengths |= LengthBit(tokens[0].Length);
            var head = tokens[0][0];
            var upper = char.ToUpperInvariant(head);
            if (char.IsAscii(head))
            {
                _firstAsciiUpper![upper] = true;
            }
            else if (char.IsAscii(upper) || char.IsAscii(char.ToLowerInvariant(head)))
            {
                _firstAsciiUpper = null;
            }

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
    public bool TryMatch(IReadOnlyList<Token> tokens, int at, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (at < 0 || at >= tokens.Count || !MayStart(tokens[at].Text) || !_byFirst.TryGetValue(tokens[at].Text, out var candidates))
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
    public bool TryMatchEndingAt(IReadOnlyList<Token> tokens, int end, int maxLength, out T value, out int start)
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

    /// <summary>A cheap test that rules out most tokens before the case-insensitive lookup: length, then first letter.</summary>
    private bool MayStart(string text)
    {
        if ((_firstLengths & LengthBit(text.Length)) == 0)
        {
            return false;
        }

        var head = text[0];
        return _firstAsciiUpper is null || !char.IsAscii(head) || _firstAsciiUpper[char.ToUpperInvariant(head)];
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static bool Matches(IReadOnlyList<Token> tokens, int at, string[] phrase)
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
