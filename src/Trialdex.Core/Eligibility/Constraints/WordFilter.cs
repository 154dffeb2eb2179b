namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// A cheap test, before a case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) lookup, that rules out
/// most words: by length, then by ASCII first letter. Exact: a word it rules out equals no key ignoring case, since
/// such equality needs equal lengths and first characters equal once upper-cased.
/// </summary>
internal sealed class WordFilter
{
    /// <summary>The lengths of the keys (bit 63: 63 or longer).</summary>
    private ulong _lengths;

    /// <summary>
    /// The ASCII capitals that keys start with; null when a key starts with a non-ASCII letter that ignoring case
    /// could equal an ASCII one, so that no ASCII word is ruled out by its first letter.
    /// </summary>
    private bool[]? _asciiUpperHeads = new bool[128];

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
        _lengths |= LengthBit(key.Length);
        if (key.Length == 0)
        {
            return;
        }

        var head = key[0];
        var upper = char.ToUpperInvariant(head);
        if (char.IsAscii(head))
        {
            _asciiUpperHeads![upper] = true;
        }
        else if (char.IsAscii(upper) || char.IsAscii(char.ToLowerInvariant(head)))
        {
            _asciiUpperHeads = null;
        }
    }

    /// <summary>False only when <paramref name="word"/> equals no key ignoring case.</summary>
    public bool MayContain(string word)
    {
        if ((_lengths & LengthBit(word.Length)) == 0)
        {
            return false;
        }

        if (word.Length == 0 || _asciiUpperHeads is null)
        {
            return true;
        }

        var head = word[0];
        return !char.IsAscii(head) || _asciiUpperHeads[char.ToUpperInvariant(head)];
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
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
