namespace Trialdex.Core.Eligibility.Constraints;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A word (letters, then letters or digits: "HbA1c"), a number ("1,500", "7.5") or one other character.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text[0] == c;
}
