using System.Buffers;
using System.Text;

namespace Trialdex.Core.Eligibility;

/// <summary>Turns the pieces of a criterion into its clean text and the span it covers in the original.</summary>
internal static class CriterionText
{
    /// <summary>Characters after which a piece cannot be copied as it stands: escapes and every space but ' '.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\\\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        + "\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u007F\u0080\u0081\u0082\u0083\u0084\u0086"
        + "\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098"
        + "\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    public static (string Text, TextSpan Span) Build(string text, List<(int Start, int End)> pieces)
    {
        if (pieces.Count == 1 && Plain(text, pieces[0].Start, TrimSeparators(text, pieces[0].Start, pieces[0].End)) is { } plain)
        {
            return plain;
        }

        var builder = new StringBuilder();
        int first = -1, last = -1;
        for (var p = 0; p < pieces.Count; p++)
        {
            var (start, end) = pieces[p];
            end = p == pieces.Count - 1 ? TrimSeparators(text, start, end) : end;
            var pendingSpace = builder.Length > 0;
            for (var i = start; i < end; i++)
            {
                var at = i;
                if (text[i] == '\\' && i + 1 < end && IsAsciiPunctuation(text[i + 1]))
                {
                    i++;
                }

                if (TextShape.IsSpace(text[i]))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(text[i]);
                first = first < 0 ? at : first;
                last = i;
            }
        }

        var span = first < 0 ? new TextSpan(pieces.Count > 0 ? pieces[0].Start : 0, 0) : new TextSpan(first, last - first + 1);
        return (builder.ToString(), span);
    }

    /// <summary>The common case: one piece with single spaces and no escapes is its own clean text.</summary>
    private static (string, TextSpan)? Plain(string text, int start, int end)
    {
        var piece = text.AsSpan(start, end - start);
        if (piece.IsEmpty || piece[0] == ' ' || piece.IndexOfAny(Special) >= 0 || piece.Contains("  ", StringComparison.Ordinal))
        {
            return null;
        }

        return (piece.ToString(), new TextSpan(start, end - start));
    }

    /// <summary>Drops the ";" or "," that ends a criterion written as one clause of a list.</summary>
    private static int TrimSeparators(string text, int start, int end)
    {
        while (end > start && (TextShape.IsSpace(text[end - 1]) || text[end - 1] is ';' or ',' or '；' or '，'))
        {
            end--;
        }

        return end;
    }

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
