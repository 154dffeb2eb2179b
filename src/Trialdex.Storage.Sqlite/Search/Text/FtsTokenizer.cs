using System.Globalization;
using System.Text;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// Splits text into the terms SQLite's FTS5 indexes with <c>tokenize = 'porter unicode61 remove_diacritics 2'</c>
/// (the study_fts table's tokenizer): runs of letters, numbers and private-use characters (combining accents inside a
/// run belong to it), case-folded, accents removed from Latin letters, then Porter-stemmed. The in-memory text index
/// must hold the terms FTS5 holds, token for token; the tests compare the two over every shared record.
/// Not thread-safe: it keeps a cache of the stems it has made.
/// </summary>
internal sealed class FtsTokenizer
{
    private const int CacheLimit = 1 << 18;

    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private char[] _folded = new char[64];
    private byte[] _bytes = new byte[256];

    public FtsTokenizer() => _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the terms of <paramref name="text"/>, in order, to <paramref name="terms"/>.</summary>
    public void Tokenize(string text, List<string> terms)
    {
        var i = 0;
        while (i < text.Length)
        {
            // ASCII, nearly all of the registry's text, takes the short way; other characters are decoded and folded.
            var c = text[i];
            if (c < 128 ? !IsAsciiTokenChar(c) : !IsTokenStart(CodePointAt(text, i).Code))
            {
                i += c < 128 ? 1 : CodePointAt(text, i).Width;
                continue;
            }

            var length = 0;
            while (i < text.Length)
            {
                c = text[i];
                if (c < 128)
                {
                    if (!IsAsciiTokenChar(c))
                    {
                        break;
                    }

                    if (length == _folded.Length)
                    {
                        Array.Resize(ref _folded, _folded.Length * 2);
                    }

                    _folded[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                    i++;
                    continue;
                }

                var (code, width) = CodePointAt(text, i);
                if (!(IsTokenStart(code) || IsDiacritic(code)))
                {
                    break;
                }

                var folded = Fold(code);
                if (folded != 0)
                {
                    Append(ref length, folded);
                }

                i += width;
            }

            terms.Add(Stemmed(_folded.AsSpan(0, length)));
        }
    }

    /// <summary>The terms of <paramref name="text"/> (for tests and one-off use).</summary>
    public List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        Tokenize(text, terms);
        return terms;
    }

    private string Stemmed(ReadOnlySpan<char> token)
    {
        if (_stemLookup.TryGetValue(token, out var stem))
        {
            return stem;
        }

        if (_stems.Count >= CacheLimit)
        {
            _stems.Clear();
        }

        var byteCount = Encoding.UTF8.GetByteCount(token);
        if (_bytes.Length < byteCount)
        {
            _bytes = new byte[byteCount * 2];
        }

        var bytes = _bytes.AsSpan(0, Encoding.UTF8.GetBytes(token, _bytes));
        var stemLength = PorterStemmer.Stem(bytes);
        var key = token.ToString();
        stem = Encoding.UTF8.GetString(bytes[..stemLength]);
        stem = stem == key ? key : stem;
        _stems[key] = stem;
        return stem;
    }

    private void Append(ref int length, int code)
    {
        if (length + 2 > _folded.Length)
        {
            Array.Resize(ref _folded, _folded.Length * 2);
        }

        if (code < 0x10000)
        {
            _folded[length++] = (char)code;
        }
        else
        {
            var rune = new Rune(code);
            length += rune.EncodeToUtf16(_folded.AsSpan(length));
        }
    }

    /// <summary>The code point at <paramref name="i"/> and its UTF-16 width; a lone surrogate reads as U+FFFD, as it is stored.</summary>
    private static (int Code, int Width) CodePointAt(string text, int i)
    {
        var c = text[i];
        if (!char.IsSurrogate(c))
        {
            return (c, 1);
        }

        return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? (char.ConvertToUtf32(c, text[i + 1]), 2)
            : (0xFFFD, 1);
    }

    private static bool IsAsciiTokenChar(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Token characters: letters, numbers and private-use characters (unicode61's default categories).</summary>
    private static bool IsTokenStart(int c)
    {
        if (c < 128)
        {
            return IsAsciiTokenChar(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.PrivateUse => true,
            _ => false,
        };
    }

    /// <summary>The combining accents FTS5 treats as part of a token (and then removes): a fixed set in U+0300–U+0331.</summary>
    private static bool IsDiacritic(int c) => c is >= 0x300 and <= 0x331 && (DiacriticMask & (1UL << (c - 0x300))) != 0;

    /// <summary>Bit i set: U+0300 + i is a diacritic for FTS5 (grave, acute, circumflex, tilde, macron, breve, dot, diaeresis, ring, caron, cedilla, ogonek, …).</summary>
    private const ulong DiacriticMask = 0x0003_61F8_0802_9FDFUL;

    /// <summary>Case-folds and removes the accent of a Latin letter; 0 for a combining accent (dropped).</summary>
    private static int Fold(int c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? c + 32 : c;
        }

        if (c >= 0x10000)
        {
            return c is >= 0x10400 and < 0x10428 ? c + 40 : c;
        }

        if (IsDiacritic(c))
        {
            return 0;
        }

        var lower = CaseFold((char)c);
        return lower < 128 ? lower : WithoutAccent(lower);
    }

    /// <summary>Unicode simple case folding: the lower case, except where CaseFolding.txt folds further (µ → μ, ς → σ, ſ → s, …).</summary>
    private static int CaseFold(char c) => c switch
    {
        '\u00B5' => '\u03BC',
        '\u0130' => 'i',
        '\u017F' => 's',
        '\u0345' or '\u1FBE' => '\u03B9',
        '\u03C2' => '\u03C3',
        '\u03D0' => '\u03B2',
        '\u03D1' => '\u03B8',
        '\u03D5' => '\u03C6',
        '\u03D6' => '\u03C0',
        '\u03F0' => '\u03BA',
        '\u03F1' => '\u03C1',
        '\u03F5' => '\u03B5',
        '\u1E9B' => '\u1E61',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>A Latin letter with accents becomes its plain ASCII letter (é → e, ǖ → u); anything else is kept.</summary>
    private static int WithoutAccent(int c) => c < PlainLetters.Length ? PlainLetters[c] : c;

    /// <summary>For each code point below U+1F00: its ASCII letter when it is a lower-case Latin letter with accents, else itself.</summary>
    private static readonly int[] PlainLetters = BuildPlainLetters();

    /// <summary>
    /// Runs of (first code point, count, plain letter): every lower-case letter below U+1F00 whose canonical
    /// decomposition (Unicode 14, NFD) is an ASCII letter followed only by combining accents (U+0300–U+036F).
    /// Written out here because this build runs without ICU (InvariantGlobalization), which leaves
    /// <see cref="string.Normalize()"/> unable to decompose.
    /// </summary>
    private const string AccentedLetters =
        "\u00E0\u0006a\u00E7\u0001c\u00E8\u0004e\u00EC\u0004i\u00F1\u0001n\u00F2\u0005o\u00F9\u0004u\u00FD\u0001y"
        + "\u00FF\u0001y\u0101\u0001a\u0103\u0001a\u0105\u0001a\u0107\u0001c\u0109\u0001c\u010B\u0001c\u010D\u0001c"
        + "\u010F\u0001d\u0113\u0001e\u0115\u0001e\u0117\u0001e\u0119\u0001e\u011B\u0001e\u011D\u0001g\u011F\u0001g"
        + "\u0121\u0001g\u0123\u0001g\u0125\u0001h\u0129\u0001i\u012B\u0001i\u012D\u0001i\u012F\u0001i\u0135\u0001j"
        + "\u0137\u0001k\u013A\u0001l\u013C\u0001l\u013E\u0001l\u0144\u0001n\u0146\u0001n\u0148\u0001n\u014D\u0001o"
        + "\u014F\u0001o\u0151\u0001o\u0155\u0001r\u0157\u0001r\u0159\u0001r\u015B\u0001s\u015D\u0001s\u015F\u0001s"
        + "\u0161\u0001s\u0163\u0001t\u0165\u0001t\u0169\u0001u\u016B\u0001u\u016D\u0001u\u016F\u0001u\u0171\u0001u"
        + "\u0173\u0001u\u0175\u0001w\u0177\u0001y\u017A\u0001z\u017C\u0001z\u017E\u0001z\u01A1\u0001o\u01B0\u0001u"
        + "\u01CE\u0001a\u01D0\u0001i\u01D2\u0001o\u01D4\u0001u\u01D6\u0001u\u01D8\u0001u\u01DA\u0001u\u01DC\u0001u"
        + "\u01DF\u0001a\u01E1\u0001a\u01E7\u0001g\u01E9\u0001k\u01EB\u0001o\u01ED\u0001o\u01F0\u0001j\u01F5\u0001g"
        + "\u01F9\u0001n\u01FB\u0001a\u0201\u0001a\u0203\u0001a\u0205\u0001e\u0207\u0001e\u0209\u0001i\u020B\u0001i"
        + "\u020D\u0001o\u020F\u0001o\u0211\u0001r\u0213\u0001r\u0215\u0001u\u0217\u0001u\u0219\u0001s\u021B\u0001t"
        + "\u021F\u0001h\u0227\u0001a\u0229\u0001e\u022B\u0001o\u022D\u0001o\u022F\u0001o\u0231\u0001o\u0233\u0001y"
        + "\u1E01\u0001a\u1E03\u0001b\u1E05\u0001b\u1E07\u0001b\u1E09\u0001c\u1E0B\u0001d\u1E0D\u0001d\u1E0F\u0001d"
        + "\u1E11\u0001d\u1E13\u0001d\u1E15\u0001e\u1E17\u0001e\u1E19\u0001e\u1E1B\u0001e\u1E1D\u0001e\u1E1F\u0001f"
        + "\u1E21\u0001g\u1E23\u0001h\u1E25\u0001h\u1E27\u0001h\u1E29\u0001h\u1E2B\u0001h\u1E2D\u0001i\u1E2F\u0001i"
        + "\u1E31\u0001k\u1E33\u0001k\u1E35\u0001k\u1E37\u0001l\u1E39\u0001l\u1E3B\u0001l\u1E3D\u0001l\u1E3F\u0001m"
        + "\u1E41\u0001m\u1E43\u0001m\u1E45\u0001n\u1E47\u0001n\u1E49\u0001n\u1E4B\u0001n\u1E4D\u0001o\u1E4F\u0001o"
        + "\u1E51\u0001o\u1E53\u0001o\u1E55\u0001p\u1E57\u0001p\u1E59\u0001r\u1E5B\u0001r\u1E5D\u0001r\u1E5F\u0001r"
        + "\u1E61\u0001s\u1E63\u0001s\u1E65\u0001s\u1E67\u0001s\u1E69\u0001s\u1E6B\u0001t\u1E6D\u0001t\u1E6F\u0001t"
        + "\u1E71\u0001t\u1E73\u0001u\u1E75\u0001u\u1E77\u0001u\u1E79\u0001u\u1E7B\u0001u\u1E7D\u0001v\u1E7F\u0001v"
        + "\u1E81\u0001w\u1E83\u0001w\u1E85\u0001w\u1E87\u0001w\u1E89\u0001w\u1E8B\u0001x\u1E8D\u0001x\u1E8F\u0001y"
        + "\u1E91\u0001z\u1E93\u0001z\u1E95\u0001z\u1E96\u0001h\u1E97\u0001t\u1E98\u0001w\u1E99\u0001y\u1EA1\u0001a"
        + "\u1EA3\u0001a\u1EA5\u0001a\u1EA7\u0001a\u1EA9\u0001a\u1EAB\u0001a\u1EAD\u0001a\u1EAF\u0001a\u1EB1\u0001a"
        + "\u1EB3\u0001a\u1EB5\u0001a\u1EB7\u0001a\u1EB9\u0001e\u1EBB\u0001e\u1EBD\u0001e\u1EBF\u0001e\u1EC1\u0001e"
        + "\u1EC3\u0001e\u1EC5\u0001e\u1EC7\u0001e\u1EC9\u0001i\u1ECB\u0001i\u1ECD\u0001o\u1ECF\u0001o\u1ED1\u0001o"
        + "\u1ED3\u0001o\u1ED5\u0001o\u1ED7\u0001o\u1ED9\u0001o\u1EDB\u0001o\u1EDD\u0001o\u1EDF\u0001o\u1EE1\u0001o"
        + "\u1EE3\u0001o\u1EE5\u0001u\u1EE7\u0001u\u1EE9\u0001u\u1EEB\u0001u\u1EED\u0001u\u1EEF\u0001u\u1EF1\u0001u"
        + "\u1EF3\u0001y\u1EF5\u0001y\u1EF7\u0001y\u1EF9\u0001y";

    private static int[] BuildPlainLetters()
    {
        var plain = new int[0x1F00];
        for (var c = 0; c < plain.Length; c++)
        {
            plain[c] = c;
        }

        for (var i = 0; i < AccentedLetters.Length; i += 3)
        {
            for (var c = AccentedLetters[i]; c < AccentedLetters[i] + AccentedLetters[i + 1]; c++)
            {
                plain[c] = AccentedLetters[i + 2];
            }
        }

        return plain;
    }
}
