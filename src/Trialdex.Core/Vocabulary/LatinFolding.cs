namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Folds a letter to lower case without its diacritics ("É" → "e", "ß" → "ss") for the Latin letters of Latin-1
/// and Latin Extended-A. <see cref="string.Normalize()"/> cannot do it here: the build runs with invariant
/// globalization, where Unicode decomposition is not available.
/// </summary>
internal static class LatinFolding
{
    private const char First = '\u00C0';

    // The base letter of each code point from U+00C0 to U+017F; '*' marks a letter written as two ("æ" → "ae"),
    // '_' a code point that is not a letter (× and ÷).
    private const string BaseLetters =
        "aaaaaa*ceeeeiiiidnooooo_ouuuuy**aaaaaa*ceeeeiiiidnooooo_ouuuuy*y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
        "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>Writes <paramref name="letter"/> (a letter or digit) folded to plain lower case; returns how many chars it took (1 or 2).</summary>
    public static int Fold(char letter, Span<char> into)
    {
        if (letter >= First && letter < First + BaseLetters.Length)
        {
            var folded = BaseLetters[letter - First];
            if (folded == '*')
            {
                var pair = Ligature(letter);
                into[0] = pair[0];
                into[1] = pair[1];
                return 2;
            }

            if (folded != '_')
            {
                into[0] = folded;
                return 1;
            }
        }

        into[0] = char.ToLowerInvariant(letter);
        return 1;
    }

    private static string Ligature(char letter) => letter switch
    {
        '\u00C6' or '\u00E6' => "ae",
        '\u00DE' or '\u00FE' => "th",
        '\u00DF' => "ss",
        '\u0132' or '\u0133' => "ij",
        _ => "oe",
    };
}
