using System.Globalization;
using System.Text;

namespace Trialdex.Core.Search.Query;

/// <summary>
/// What a word is: letters, digits and combining marks, joined by a single inner '-', '\'', '’', '.', '/', '+' or '_'
/// ("covid-19", "Crohn's", "5.0", "and/or", "NOT_YET_RECRUITING"). Every other character separates words.
/// </summary>
internal static class QueryWords
{
    /// <summary>The end of the word that starts at <paramref name="start"/>.</summary>
    public static int ScanWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var length = WordCharLength(text, i);
            if (length == 0 && IsJoiner(text[i]) && i > start && WordCharLength(text, i + 1) > 0)
            {
                length = 1;
            }

            if (length == 0)
            {
                break;
            }

            i += length;
        }

        return i;
    }

    /// <summary>The words between <paramref name="start"/> and <paramref name="end"/>, punctuation dropped.</summary>
    public static List<string> Split(string text, int start, int end)
    {
        var words = new List<string>();
        var i = start;
        while (i < end)
        {
            if (WordCharLength(text, i) == 0)
            {
                i++;
                continue;
            }

            var wordEnd = Math.Min(ScanWord(text, i), end);
            words.Add(text[i..wordEnd]);
            i = wordEnd;
        }

        return words;
    }

    /// <summary>How many UTF-16 units the letter, digit or mark at <paramref name="index"/> takes; 0 when it is none of those.</summary>
    public static int WordCharLength(string text, int index)
    {
        if (index >= text.Length || !Rune.TryGetRuneAt(text, index, out var rune))
        {
            return 0;
        }

        var isWordChar = Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
        return isWordChar ? rune.Utf16SequenceLength : 0;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '.' or '/' or '+' or '_';
}
