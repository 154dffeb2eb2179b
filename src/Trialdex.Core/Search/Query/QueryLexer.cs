namespace Trialdex.Core.Search.Query;

/// <summary>
/// Cuts a query into words, phrases, parentheses, the upper-case AND/OR/NOT and the bracketed operators. Any other
/// character (commas, semicolons, '*', '^', ':', '~', braces, stray brackets, control characters) only separates words.
/// Stops at the first open quote or bracket with an <see cref="TokenKind.Error"/> token; otherwise ends with an End token.
/// </summary>
internal static class QueryLexer
{
    private static readonly string[] BracketOperators = ["AREA", "SEARCH", "EXPANSION", "COVERAGE", "RANGE", "TILT", "DISTANCE"];

    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var token = text[i] switch
            {
                '"' => Phrase(text, i),
                '(' => new QueryToken(TokenKind.Open, new TextSpan(i, 1)),
                ')' => new QueryToken(TokenKind.Close, new TextSpan(i, 1)),
                '\\' => Escaped(text, i),
                _ when QueryWords.WordCharLength(text, i) > 0 => Word(text, i),
                _ => null,
            };
            if (token is null)
            {
                i += text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '"' ? 2 : 1;
                continue;
            }

            tokens.Add(token);
            if (token.Kind == TokenKind.Error)
            {
                return tokens;
            }

            i = token.Span.End;
        }

        tokens.Add(new QueryToken(TokenKind.End, new TextSpan(text.Length, 0)));
        return tokens;
    }

    private static QueryToken Word(string text, int start)
    {
        var end = QueryWords.ScanWord(text, start);
        var word = text[start..end];
        var span = TextSpan.FromBounds(start, end);
        switch (word)
        {
            case "AND":
                return new QueryToken(TokenKind.And, span);
            case "OR":
                return new QueryToken(TokenKind.Or, span);
            case "NOT":
                return new QueryToken(TokenKind.Not, span);
        }

        if (end < text.Length && text[end] == '[' && BracketOperators.Contains(word, StringComparer.Ordinal))
        {
            return BracketOperator(text, word, start, end + 1);
        }

        return new QueryToken(TokenKind.Word, span) { Text = word, TextStart = start };
    }

    private static QueryToken BracketOperator(string text, string name, int start, int argumentStart)
    {
        var close = text.IndexOf(']', argumentStart);
        if (close < 0)
        {
            return Error($"missing ']' to close '{name}[' at position {start}", new TextSpan(start, argumentStart - start));
        }

        return new QueryToken(TokenKind.Operator, TextSpan.FromBounds(start, close + 1))
        {
            Name = name,
            Text = text[argumentStart..close],
            TextStart = argumentStart,
        };
    }

    // "\MISSING", "\AND": the word is searched for as a word; any other backslash is a separator.
    private static QueryToken? Escaped(string text, int backslash)
    {
        var start = backslash + 1;
        if (QueryWords.WordCharLength(text, start) == 0)
        {
            return null;
        }

        var end = QueryWords.ScanWord(text, start);
        return new QueryToken(TokenKind.Word, TextSpan.FromBounds(start, end)) { Text = text[start..end], TextStart = start, Escaped = true };
    }

    private static QueryToken Phrase(string text, int open)
    {
        var close = open + 1;
        while (close < text.Length && text[close] != '"')
        {
            close += text[close] == '\\' && close + 1 < text.Length && text[close + 1] == '"' ? 2 : 1;
        }

        if (close >= text.Length)
        {
            return Error($"missing '\"' to close the quote at position {open}", new TextSpan(open, 1));
        }

        var words = QueryWords.Split(text, open + 1, close);
        if (words.Count == 0)
        {
            return Error($"the quotes at position {open} hold no words", TextSpan.FromBounds(open, close + 1));
        }

        return new QueryToken(TokenKind.Phrase, TextSpan.FromBounds(open, close + 1))
        {
            Text = text[(open + 1)..close],
            TextStart = open + 1,
            Words = words,
        };
    }

    private static QueryToken Error(string message, TextSpan span) =>
        new(TokenKind.Error, span) { Error = new QuerySyntaxError(message, span.Start, span.Length) };
}
