namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// A cheap test, before a case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) lookup, that rules out
/// most words: by length with ASCII first letter, and by length with ASCII last letter. Exact: a word it rules out
/// equals no key ignoring case, since such equality needs equal lengths and each character equal once upper-cased.
/// </summary>
internal sealed class WordFilter
{
    private const int Lengths = 64;

    /// <summary>(length, upper-cased ASCII first character) of the keys, lengths of 63 or more counted as 63; null when
    /// a key starts with a non-ASCII letter that ignoring case could equal an ASCII one.</summary>
    private bool[]? _heads = new bool[Lengths * 128];

    /// <summary>The same for the last character.</summary>
    private bool[]? _tails = new bool[Lengths * 128];

    /// <summary>Keys that are empty: only the empty word may equal them.</summary>
    private bool _empty;

    public WordFilter()
    {
    }

    public WordFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            Add(key);
        }
    }

    public void Add(string key)
    {
        if (key.Length == 0)
        {
            _empty = true;
            return;
        }

        var length = Math.Min(key.Length, Lengths - 1);
        Mark(ref _heads, length, key[0]);
        Mark(ref _tails, length, key[^1]);
    }

    /// <summary>False only when <paramref name="word"/> equals no key ignoring case.</summary>
    public bool MayContain(string word)
    {
        if (word.Length == 0)
        {
            return _empty;
        }

        var length = Math.Min(word.Length, Lengths - 1);
        return MayHave(_heads, length, word[0]) && MayHave(_tails, length, word[^1]);
    }

    private static void Mark(ref bool[]? table, int length, char c)
    {
        var upper = char.ToUpperInvariant(c);
        if (char.IsAscii(c))
        {
            if (table is not null)
            {
                table[(length * 128) + upper] = true;
            }
        }
        else if (char.IsAscii(upper) || char.IsAscii(char.ToLowerInvariant(c)))
        {
            table = null;
        }
    }

    private static bool MayHave(bool[]? table, int length, char c) =>
        table is null || !char.IsAscii(c) || table[(length * 128) + (char.IsAsciiLetterLower(c) ? c - ('a' - 'A') : c)];
}

/// <summary>A set of words compared ignoring case, as a HashSet with <see cref="StringComparer.OrdinalIgnoreCase"/>, that
/// rules most words out with a <see cref="WordFilter"/> before hashing them: criteria look words up at every token.</summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordFilter _filter = new();

    public void Add(string word)
    {
        _words.Add(word);
        _filter.Add(word);
    }

    public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);

    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
