namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// The Porter stemmer exactly as SQLite's FTS5 <c>porter</c> tokenizer applies it: on the folded token's UTF-8
/// bytes, to tokens of 3 to 64 bytes, with FTS5's reading of the rules (any byte other than a, e, i, o, u — and y
/// after a consonant — is a consonant). The in-memory text index must produce the very terms FTS5 indexed, so this
/// follows FTS5's behaviour, not another Porter implementation's.
/// </summary>
internal static class PorterStemmer
{
    private const int MinToken = 3;
    private const int MaxToken = 64;

    /// <summary>Stems <paramref name="token"/> in place; returns the stem's length (the token's when it is left alone).</summary>
    public static int Stem(Span<byte> token)
    {
        var n = token.Length;
        if (n is < MinToken or > MaxToken)
        {
            return n;
        }

        // Step 1a: plurals.
        if (At(token, n - 1) == 's')
        {
            if (At(token, n - 2) == 'e')
            {
                n = (n > 4 && At(token, n - 4) == 's' && At(token, n - 3) == 's') || (n > 3 && At(token, n - 3) == 'i') ? n - 2 : n - 1;
            }
            else if (At(token, n - 2) != 's')
            {
                n--;
            }
        }

        // Step 1b: -eed, -ed, -ing, and the tidying after the last two.
        if (Step1B(token, ref n) && !Step1B2(token, ref n))
        {
            var c = At(token, n - 1);
            if (!IsVowel(c, false) && c != 'l' && c != 's' && c != 'z' && c == At(token, n - 2))
            {
                n--;
            }
            else if (MeasureIsOne(token[..n]) && EndsCvc(token[..n]))
            {
                token[n++] = (byte)'e';
            }
        }

        // Step 1c: y → i after a vowel.
        if (At(token, n - 1) == 'y' && HasVowel(token[..(n - 1)]))
        {
            token[n - 1] = (byte)'i';
        }

        Step2(token, ref n);
        Step3(token, ref n);
        Step4(token, ref n);

        // Step 5a: a final e.
        if (At(token, n - 1) == 'e' && (MeasureAboveOne(token[..(n - 1)]) || (MeasureIsOne(token[..(n - 1)]) && !EndsCvc(token[..(n - 1)]))))
        {
            n--;
        }

        // Step 5b: -ll.
        if (n > 1 && At(token, n - 1) == 'l' && At(token, n - 2) == 'l' && MeasureAboveOne(token[..(n - 1)]))
        {
            n--;
        }

        return n;
    }

    /// <summary>The byte at <paramref name="i"/>, or 0 before the start (FTS5 reads one byte before a 1-byte stem there).</summary>
    private static byte At(ReadOnlySpan<byte> token, int i) => i >= 0 ? token[i] : (byte)0;

    private static bool IsVowel(byte c, bool yIsVowel) => c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (yIsVowel && c == 'y');

    /// <summary>Skips one vowel run then one consonant: the length up to and including that consonant, or 0.</summary>
    private static int GobbleVowelsThenConsonant(ReadOnlySpan<byte> stem, bool previousIsConsonant)
    {
        var consonant = previousIsConsonant;
        var i = 0;
        for (; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool MeasureAboveZero(ReadOnlySpan<byte> stem) => GobbleVowelsThenConsonant(stem, false) != 0;

    private static bool MeasureAboveOne(ReadOnlySpan<byte> stem)
    {
        var n = GobbleVowelsThenConsonant(stem, false);
        return n != 0 && GobbleVowelsThenConsonant(stem[n..], true) != 0;
    }

    private static bool MeasureIsOne(ReadOnlySpan<byte> stem)
    {
        var n = GobbleVowelsThenConsonant(stem, false);
        return n != 0 && GobbleVowelsThenConsonant(stem[n..], true) == 0;
    }

    /// <summary>*o: the stem ends consonant, vowel, consonant, the last not w, x or y.</summary>
    private static bool EndsCvc(ReadOnlySpan<byte> stem)
    {
        var last = At(stem, stem.Length - 1);
        if (last is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var mask = 0;
        var consonant = false;
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, consonant);
            mask = (mask << 1) + (consonant ? 1 : 0);
        }

        return (mask & 7) == 5;
    }

    private static bool HasVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(ReadOnlySpan<byte> token, int n, ReadOnlySpan<byte> suffix) => n > suffix.Length && token[(n - suffix.Length)..n].SequenceEqual(suffix);

    /// <summary>
    /// Applies the first rule of <paramref name="rules"/> whose suffix ends the token (the rule is then final, met
    /// or not): replaces the suffix when the stem before it meets the rule's condition. Returns whether it did.
    /// </summary>
    private static bool Apply(Span<byte> token, ref int n, ReadOnlySpan<Rule> rules)
    {
        foreach (var rule in rules)
        {
            if (!EndsWith(token, n, rule.Suffix))
            {
                continue;
            }

            var stem = n - rule.Suffix.Length;
            if (!rule.Condition(token[..stem]))
            {
                return false;
            }

            rule.Replacement.CopyTo(token[stem..]);
            n = stem + rule.Replacement.Length;
            return true;
        }

        return false;
    }

    private static bool Step1B(Span<byte> token, ref int n)
    {
        // -eed keeps its step final (returns false: no tidying); -ed and -ing removed ask for the tidying.
        switch (At(token, n - 2))
        {
            case (byte)'e' when EndsWith(token, n, "eed"u8):
                if (MeasureAboveZero(token[..(n - 3)]))
                {
                    n--;
                }

                return false;
            case (byte)'e' when EndsWith(token, n, "ed"u8) && HasVowel(token[..(n - 2)]):
                n -= 2;
                return true;
            case (byte)'n' when EndsWith(token, n, "ing"u8) && HasVowel(token[..(n - 3)]):
                n -= 3;
                return true;
            default:
                return false;
        }
    }

    private static bool Step1B2(Span<byte> token, ref int n)
    {
        foreach (var (suffix, replacement) in Step1B2Rules)
        {
            if (EndsWith(token, n, suffix))
            {
                replacement.CopyTo(token[(n - 2)..]);
                n++;
                return true;
            }
        }

        return false;
    }

    private static readonly (byte[] Suffix, byte[] Replacement)[] Step1B2Rules = [("at"u8.ToArray(), "ate"u8.ToArray()), ("bl"u8.ToArray(), "ble"u8.ToArray()), ("iz"u8.ToArray(), "ize"u8.ToArray())];

    private static void Step2(Span<byte> token, ref int n) => Apply(token, ref n, Step2Rules.TryGetValue(At(token, n - 2), out var rules) ? rules : []);

    private static void Step3(Span<byte> token, ref int n) => Apply(token, ref n, Step3Rules.TryGetValue(At(token, n - 2), out var rules) ? rules : []);

    private static void Step4(Span<byte> token, ref int n) => Apply(token, ref n, Step4Rules.TryGetValue(At(token, n - 2), out var rules) ? rules : []);

    private sealed record Rule(byte[] Suffix, byte[] Replacement, Func<ReadOnlySpan<byte>, bool> Condition);

    /// <summary>Rules grouped by the token's next-to-last byte, in the order FTS5 tries them.</summary>
    private static Dictionary<byte, Rule[]> Rules(Func<ReadOnlySpan<byte>, bool> condition, params (string Suffix, string Replacement)[] rules) =>
        rules.GroupBy(r => (byte)r.Suffix[^2])
            .ToDictionary(g => g.Key, g => g.Select(r => new Rule(System.Text.Encoding.ASCII.GetBytes(r.Suffix), System.Text.Encoding.ASCII.GetBytes(r.Replacement), condition)).ToArray());

    private static readonly Dictionary<byte, Rule[]> Step2Rules = Rules(s => MeasureAboveZero(s),
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"));

    private static readonly Dictionary<byte, Rule[]> Step3Rules = Rules(s => MeasureAboveZero(s),
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"));

    private static readonly Dictionary<byte, Rule[]> Step4Rules = Step4();

    private static Dictionary<byte, Rule[]> Step4()
    {
        var rules = Rules(s => MeasureAboveOne(s),
            ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""), ("ement", ""),
            ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""));

        // -ion only after s or t.
        rules[(byte)'o'] = [.. rules[(byte)'o'].Select(r => r.Suffix.Length == 3 ? r with { Condition = s => s.Length > 0 && s[^1] is (byte)'s' or (byte)'t' && MeasureAboveOne(s) } : r)];
        return rules;
    }
}
