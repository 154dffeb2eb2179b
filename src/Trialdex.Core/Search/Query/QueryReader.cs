namespace Trialdex.Core.Search.Query;

/// <summary>
/// Reads the tokens of a query by recursive descent, following ClinicalTrials.gov's precedence: terms and source
/// operators, then NOT and the context operators (AREA, SEARCH, EXPANSION, COVERAGE), then AND (also between adjacent
/// terms), then OR. A unary operator applies to the whole run of words after it, which ClinicalTrials.gov calls one
/// search term: NOT heart attack, AREA[LocationCountry]United States.
/// </summary>
internal sealed partial class QueryReader
{
    /// <summary>How deep parentheses and unary operators may nest before the query is refused.</summary>
    public const int MaxDepth = 100;

    private readonly string _text;
    private readonly List<QueryToken> _tokens;
    private int _next;
    private int _depth;
    private int _lastEnd;

    // The field of the innermost AREA being read: what MISSING and RANGE apply to.
    private string? _area;

    private QueryReader(string text)
    {
        _text = text;
        _tokens = QueryLexer.Tokenize(text);
    }

    /// <summary>The query, or null when the text holds no tokens; throws <see cref="QuerySyntaxException"/>.</summary>
    public static QueryNode? Read(string text) => new QueryReader(text).ReadQuery();

    private QueryNode? ReadQuery()
    {
        var first = Peek();
        if (first.Kind == TokenKind.End)
        {
            return null;
        }

        var query = first.Kind == TokenKind.Close ? throw Unmatched(first) : ReadOr();
        var rest = Peek();
        return rest.Kind == TokenKind.Close ? throw Unmatched(rest) : query;
    }

    private QueryNode ReadOr()
    {
        var first = ReadAnd();
        if (Peek().Kind != TokenKind.Or)
        {
            return first;
        }

        var children = new List<QueryNode> { first };
        while (Peek().Kind == TokenKind.Or)
        {
            RequireOperandAfter(Take());
            children.Add(ReadAnd());
        }

        return new OrNode(children);
    }

    private QueryNode ReadAnd()
    {
        var token = Peek();
        if (!StartsOperand(token))
        {
            throw Fail(token.Span, $"'{Show(token)}' at position {token.Span.Start} needs a term before it");
        }

        var children = new List<QueryNode>();
        while (true)
        {
            token = Peek();
            if (IsPlainWord(token))
            {
                children.Add(Term(Take()));
            }
            else if (StartsOperand(token))
            {
                children.Add(ReadUnary());
            }
            else if (token.Kind == TokenKind.And)
            {
                RequireOperandAfter(Take());
            }
            else
            {
                return children.Count == 1 ? children[0] : new AndNode(children);
            }
        }
    }

    private QueryNode ReadUnary()
    {
        var token = Peek();
        if (++_depth > MaxDepth)
        {
            throw Fail(token.Span, $"the query nests more than {MaxDepth} levels deep at position {token.Span.Start}");
        }

        try
        {
            return token.Kind switch
            {
                TokenKind.Not => ReadNot(),
                TokenKind.Open => ReadGroup(),
                TokenKind.Phrase => ReadPhrase(),
                TokenKind.Operator => ReadOperator(),
                _ => ReadWords(),
            };
        }
        finally
        {
            _depth--;
        }
    }

    private NotNode ReadNot()
    {
        var not = Take();
        var operand = ReadOperandOf(not);
        return new NotNode(operand) { Span = TextSpan.FromBounds(not.Span.Start, _lastEnd) };
    }

    private QueryNode ReadGroup()
    {
        var open = Take();
        var first = Peek();
        if (first.Kind == TokenKind.Close)
        {
            throw Fail(TextSpan.FromBounds(open.Span.Start, first.Span.End), $"empty parentheses at position {open.Span.Start}");
        }

        var inner = first.Kind == TokenKind.End ? null : ReadOr();
        if (inner is null || Peek().Kind != TokenKind.Close)
        {
            throw Fail(open.Span, $"missing ')' to close the '(' at position {open.Span.Start}");
        }

        Take();
        return inner;
    }

    private PhraseNode ReadPhrase()
    {
        var phrase = Take();
        return new PhraseNode(phrase.Words, phrase.Text, phrase.Span);
    }

    // A run of words is one operand; under an AREA, a bare MISSING is the MISSING operator.
    private QueryNode ReadWords()
    {
        var first = Take();
        if (IsMissing(first))
        {
            return new MissingNode(_area!, first.Span);
        }

        var terms = new List<QueryNode> { Term(first) };
        while (IsPlainWord(Peek()))
        {
            terms.Add(Term(Take()));
        }

        return terms.Count == 1 ? terms[0] : new AndNode(terms);
    }

    private QueryNode ReadOperandOf(QueryToken unary)
    {
        RequireOperandAfter(unary);
        return ReadUnary();
    }

    private void RequireOperandAfter(QueryToken token)
    {
        if (!StartsOperand(Peek()))
        {
            throw Fail(token.Span, $"'{Show(token)}' at position {token.Span.Start} needs a term after it");
        }
    }

    private static bool StartsOperand(QueryToken token) =>
        token.Kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Open or TokenKind.Not or TokenKind.Operator;

    private bool IsPlainWord(QueryToken token) => token.Kind == TokenKind.Word && !IsMissing(token);

    private bool IsMissing(QueryToken token) =>
        _area is not null && !token.Escaped && string.Equals(token.Text, "MISSING", StringComparison.Ordinal);

    private static TermNode Term(QueryToken word) => new(word.Text, word.Span);

    private QueryToken Peek()
    {
        var token = _tokens[_next];
        return token.Kind == TokenKind.Error ? throw new QuerySyntaxException(token.Error!) : token;
    }

    private QueryToken Take()
    {
        var token = Peek();
        _next++;
        _lastEnd = token.Span.End;
        return token;
    }

    private QuerySyntaxException Unmatched(QueryToken close) =>
        Fail(close.Span, $"')' at position {close.Span.Start} has no matching '('");

    // The token as typed, cut short when long, for quoting in a message.
    private string Show(QueryToken token) => Clip(_text.Substring(token.Span.Start, token.Span.Length));

    private static string Clip(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");

    private static QuerySyntaxException Fail(TextSpan span, string message) =>
        new(new QuerySyntaxError(message, span.Start, Math.Max(span.Length, 1)));
}
