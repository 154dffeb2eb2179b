namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>Splits a criterion into tokens in one pass; whitespace separates and is dropped.</summary>
internal static class Tokenizer
{
    /// <summary>The text of each one-character ASCII symbol token, shared: about a third of a criterion's tokens are one.</summary>
    private static readonly string[] AsciiSymbols = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i = NumberEnd(text, i);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                kind = TokenKind.Word;
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                kind = TokenKind.Symbol;
            }

            var tokenText = kind == TokenKind.Symbol && i == start + 1 && c < AsciiSymbols.Length ? AsciiSymbols[c] : text[start..i];
            tokens.Add(new Token(kind, start, i, tokenText));
        }
    }

    /// <summary>Digits with inner "." or "," groups ("1,500", "7.5", "7,8"); a separator needs a digit on both sides.</summary>
    private static int NumberEnd(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
