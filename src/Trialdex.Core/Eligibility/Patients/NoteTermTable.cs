using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Terms keyed by their normalised words, each with a meaning, matched longest first at a word of a note. An
/// acronym (all capitals, as "HTN" or "BP") matches only when the note writes it so.
/// </summary>
internal sealed class NoteTermTable<T>
    where T : class
{
    private readonly Dictionary<string, (T Meaning, string? Exact)> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public int LongestKey { get; private set; }

    /// <summary>Adds each term of a ";"-separated list; the first meaning given for a key is kept.</summary>
    public NoteTermTable<T> Add(string terms, T meaning)
    {
        foreach (var term in terms.Split(';'))
        {
            var key = MeshVocabulary.Normalize(term);
            if (_terms.TryAdd(key, (meaning, NoteText.IsAcronym(term) ? term : null)))
            {
                LongestKey = Math.Max(LongestKey, key.Count(c => c == ' ') + 1);
                for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
                {
                    _prefixes.Add(key[..space]);
                }

                _prefixes.Add(key);
            }
        }

        return this;
    }

    /// <summary>
    /// The meaning of the longest term at word <paramref name="first"/> and its length in words, or (null, 0).
    /// Words are added one at a time while they still begin some term, so most words cost one lookup.
    /// </summary>
    public (T? Meaning, int Length) Match(NoteText note, int first)
    {
        (T? Meaning, int Length) longest = (null, 0);
        var limit = Math.Min(LongestKey, note.Words.Count - first);
        for (var length = 1; length <= limit && note.IsPhrase(first, first + length - 1); length++)
        {
            var key = note.Key(first, length);
            if (!_prefixes.Contains(key))
            {
                break;
            }

            if (_terms.TryGetValue(key, out var term)
                && (term.Exact is null || string.Equals(note.Slice(first, first + length - 1), term.Exact, StringComparison.Ordinal)))
            {
                longest = (term.Meaning, length);
            }
        }

        return longest;
    }
}
