namespace Trialdex.Core.Eligibility;

/// <summary>
/// Recognises the bullets and numbers that start a criterion: <c>* - + o • ·</c>, <c>1. 1) (1) 1、</c>,
/// <c>a. a) (a)</c>, <c>i. ii) (iv)</c>, "2.1" section numbers, and the Markdown-escaped forms <c>1\.</c> and <c>\-</c>.
/// </summary>
internal static class MarkerParser
{
    private const string SpacedBullets = "*-+o–—";
    private const string LooseBullets = "•·▪▫◦●○■□►▸‣⁃∙➢➤✓✔❖◆◇";
    private const int MaxDigits = 3;

    public static ListMarker? Parse(string text, int position, int end)
    {
        if (position >= end)
        {
            return null;
        }

        var c = text[position];
        if (c == '\\' && position + 1 < end && text[position + 1] is '*' or '-' or '+')
        {
            return Bullet(text, position, position + 1, end);
        }

        if ((SpacedBullets.Contains(c) || LooseBullets.Contains(c)) && Bullet(text, position, position, end) is { } bullet)
        {
            return bullet;
        }

        return c == '(' ? Enclosed(text, position, end)
            : char.IsAsciiDigit(c) ? Numbered(text, position, end)
            : char.IsAsciiLetter(c) ? Lettered(text, position, end)
            : null;
    }

    private static ListMarker? Bullet(string text, int start, int bulletAt, int end)
    {
        var c = text[bulletAt];
        var after = bulletAt + 1;
        if (!LooseBullets.Contains(c) && after < end && !TextShape.IsSpace(text[after]))
        {
            return null;
        }

        var textStart = TextShape.SkipSpaces(text, after, end);
        if (c == 'o' && textStart >= end)
        {
            return null;
        }

        return new ListMarker(new MarkerStyle(MarkerFamily.Bullet, MarkerDelimiter.None, c), 0, c.ToString(), start, textStart);
    }

    private static ListMarker? Numbered(string text, int start, int end)
    {
        var (value, i) = ReadNumber(text, start, end);
        if (i < end && char.IsAsciiDigit(text[i]))
        {
            return null;
        }

        var escaped = i < end && text[i] == '\\';
        var d = escaped ? i + 1 : i;
        if (d >= end)
        {
            return null;
        }

        return text[d] switch
        {
            '.' or '．' when !escaped && d + 1 < end && char.IsAsciiDigit(text[d + 1]) => SectionNumber(text, start, value, d, end),
            '.' or '．' => Finish(text, new(MarkerFamily.Decimal, MarkerDelimiter.Period), value, start, d + 1, end, glued: char.IsLetter),
            ')' or '）' => Finish(text, new(MarkerFamily.Decimal, MarkerDelimiter.Paren), value, start, d + 1, end, glued: char.IsLetter),
            '、' => Finish(text, new(MarkerFamily.Decimal, MarkerDelimiter.Ideographic), value, start, d + 1, end, glued: static _ => true),
            _ => null,
        };
    }

    /// <summary>"2.1 Exclusion Criteria": accepted only before a capital, since "1.5 times ULN" starts many wrapped lines.</summary>
    private static ListMarker? SectionNumber(string text, int start, int first, int dot, int end)
    {
        var level = 1;
        var last = first;
        var i = dot;
        while (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            (last, i) = ReadNumber(text, i + 1, end);
            level++;
        }

        i += i < end && text[i] is '.' or ')' ? 1 : 0;
        var textStart = TextShape.SkipSpaces(text, i, end);
        if (first == 0 || textStart == i || textStart >= end || !char.IsUpper(text[textStart]))
        {
            return null;
        }

        return new ListMarker(new(MarkerFamily.Decimal, MarkerDelimiter.Period, Level: level), last, text[start..i], start, textStart);
    }

    private static ListMarker? Lettered(string text, int start, int end)
    {
        var upper = char.IsUpper(text[start]);
        if (start + 1 < end && char.IsLetter(text[start + 1]) && !RomanNumerals.IsDigit(text[start + 1], upper))
        {
            // A word ("Patients"): its delimiter would have to follow its first letter or numeral, and a letter does.
            return null;
        }

        var i = start;
        while (i < end && i - start < RomanNumerals.MaxLength && RomanNumerals.IsDigit(text[i], upper))
        {
            i++;
        }

        var roman = RomanNumerals.Value(text.AsSpan(start, i - start));
        if (roman > 0 && Delimited(text, start, i, end, upper ? MarkerFamily.UpperRoman : MarkerFamily.LowerRoman, roman) is { } romanMarker)
        {
            return i - start == 1 ? romanMarker with { AlphaOrdinal = AlphaIndex(text[start]) } : romanMarker;
        }

        return Delimited(text, start, start + 1, end, upper ? MarkerFamily.UpperAlpha : MarkerFamily.LowerAlpha, AlphaIndex(text[start]));
    }

    private static ListMarker? Delimited(string text, int start, int tokenEnd, int end, MarkerFamily family, int ordinal)
    {
        var d = tokenEnd < end && text[tokenEnd] == '\\' ? tokenEnd + 1 : tokenEnd;
        if (d >= end || text[d] is not ('.' or ')'))
        {
            return null;
        }

        var delimiter = text[d] == '.' ? MarkerDelimiter.Period : MarkerDelimiter.Paren;
        return Finish(text, new(family, delimiter), ordinal, start, d + 1, end, glued: static _ => false);
    }

    private static ListMarker? Enclosed(string text, int start, int end)
    {
        var i = start + 1;
        if (i >= end)
        {
            return null;
        }

        var c = text[i];
        var upper = char.IsUpper(c);
        var runEnd = i;
        while (runEnd < end && runEnd - i < RomanNumerals.MaxLength && RomanNumerals.IsDigit(text[runEnd], upper))
        {
            runEnd++;
        }

        var roman = RomanNumerals.Value(text.AsSpan(i, runEnd - i));
        var (family, ordinal, close, alpha) =
            char.IsAsciiDigit(c) ? Number(text, i, end)
            : roman > 0 && IsClose(text, runEnd, end) ? (upper ? MarkerFamily.UpperRoman : MarkerFamily.LowerRoman, roman, runEnd, runEnd - i == 1 ? AlphaIndex(c) : 0)
            : char.IsAsciiLetter(c) ? (upper ? MarkerFamily.UpperAlpha : MarkerFamily.LowerAlpha, AlphaIndex(c), i + 1, 0)
            : (MarkerFamily.Bullet, 0, i, 0);
        if (ordinal == 0 || !IsClose(text, close, end))
        {
            return null;
        }

        close += text[close] == '\\' ? 1 : 0;
        var marker = Finish(text, new(family, MarkerDelimiter.Enclosed), ordinal, start, close + 1, end,
            glued: family == MarkerFamily.Decimal ? char.IsLetter : static _ => false);
        return marker is { } m ? m with { AlphaOrdinal = alpha } : null;

        static (MarkerFamily, int, int, int) Number(string text, int i, int end)
        {
            var (value, close) = ReadNumber(text, i, end);
            return (MarkerFamily.Decimal, value, close, 0);
        }
    }

    private static bool IsClose(string text, int i, int end) =>
        i < end && (text[i] == ')' || (text[i] == '\\' && i + 1 < end && text[i + 1] == ')'));

    private static ListMarker? Finish(string text, MarkerStyle style, int ordinal, int start, int delimiterEnd, int end, Func<char, bool> glued)
    {
        if (delimiterEnd < end && !TextShape.IsSpace(text[delimiterEnd]) && !glued(text[delimiterEnd]))
        {
            return null;
        }

        var written = text[start..delimiterEnd].Replace("\\", string.Empty, StringComparison.Ordinal);
        return new ListMarker(style, ordinal, written, start, TextShape.SkipSpaces(text, delimiterEnd, end));
    }

    private static (int Value, int End) ReadNumber(string text, int i, int end)
    {
        var value = 0;
        var start = i;
        while (i < end && i - start < MaxDigits && char.IsAsciiDigit(text[i]))
        {
            value = value * 10 + (text[i] - '0');
            i++;
        }

        return (value, i);
    }

    private static int AlphaIndex(char c) => char.ToLowerInvariant(c) - 'a' + 1;
}
