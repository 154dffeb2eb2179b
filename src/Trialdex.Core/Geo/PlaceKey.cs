using System.Globalization;
using System.Text;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Geo;

/// <summary>
/// The key place names are compared by: lower case, no diacritics ("São Paulo" → "sao paulo"), apostrophes
/// dropped ("Xi'an" → "xian"), any other punctuation a single space ("Winston-Salem" → "winston salem"), and
/// the usual abbreviations spelled one way ("Saint Louis" and "St. Louis" → "st louis").
/// </summary>
internal static class PlaceKey
{
    private static readonly (string Word, string Short)[] Abbreviations =
        [("saint", "st"), ("sainte", "ste"), ("mount", "mt"), ("fort", "ft")];

    public static string Of(ReadOnlySpan<char> text)
    {
        var key = new StringBuilder(text.Length);
        Span<char> folded = stackalloc char[2];
        var wordStart = -1;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    key.Append(key.Length > 0 ? " " : "");
                    wordStart = key.Length;
                }

                key.Append(folded[..Fold(c, folded)]);
            }
            else if (!IsJoiner(c) && wordStart >= 0)
            {
                Abbreviate(key, wordStart);
                wordStart = -1;
            }
        }

        if (wordStart >= 0)
        {
            Abbreviate(key, wordStart);
        }

        return key.ToString();
    }

    // Letters LatinFolding leaves alone that place names use: Romanian comma-below, Vietnamese, pinyin tones.
    private static int Fold(char c, Span<char> into)
    {
        char? folded = c switch
        {
            >= '\u1EA0' and <= '\u1EB7' => 'a',
            >= '\u1EB8' and <= '\u1EC7' => 'e',
            >= '\u1EC8' and <= '\u1ECB' => 'i',
            >= '\u1ECC' and <= '\u1EE3' => 'o',
            >= '\u1EE4' and <= '\u1EF1' => 'u',
            >= '\u1EF2' and <= '\u1EF9' => 'y',
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            '\u01A0' or '\u01A1' => 'o',
            '\u01AF' or '\u01B0' => 'u',
            '\u01CD' or '\u01CE' => 'a',
            '\u01CF' or '\u01D0' => 'i',
            '\u01D1' or '\u01D2' => 'o',
            >= '\u01D3' and <= '\u01DC' => 'u',
            _ => null,
        };
        if (folded is { } letter)
        {
            into[0] = letter;
            return 1;
        }

        return LatinFolding.Fold(c, into);
    }

    private static bool IsJoiner(char c) =>
        c is '\'' or '\u2019' or '\u02BC' or '`' or '\u00B4'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static void Abbreviate(StringBuilder key, int wordStart)
    {
        var length = key.Length - wordStart;
        foreach (var (word, abbreviation) in Abbreviations)
        {
            if (length == word.Length && key.ToString(wordStart, length) == word)
            {
                key.Length = wordStart;
                key.Append(abbreviation);
                return;
            }
        }
    }
}
